package web

import (
	"fmt"

	"github.com/charter-org/charter/web/i18n"
)

// Stylesheet is the site's CSS as pages are served it, for `charter
// export`, whose HTML must read as the site's download does.
func Stylesheet() ([]byte, error) {
	cat, err := i18n.Load(assets)
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	static, err := loadAssets(assets, map[string][]byte{"charter.css": cat.RedlineMarkerCSS()})
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	return static.byName["charter.css"].body, nil
}
