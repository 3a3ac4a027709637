package export

import "sync"

// ForgetFonts has the fallback fonts read again, for a test that moves
// them.
func ForgetFonts() { fallbackFonts = sync.OnceValues(readFallbackFonts) }
