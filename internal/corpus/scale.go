package corpus

import "fmt"

// Scale is one step of the growth benchmarks: a generated constitution of
// Bytes, with Edits scattered word changes and Comments on it, all growing
// together so that cost per unit can be compared across steps.
type Scale struct {
	Name                   string
	Bytes, Edits, Comments int
}

// Scales are 1×, 4× and 16× of 62.5 KB (about the largest real bylaw of the
// corpus), 19 edits and 3,125 comments: 16× is a 1 MB constitution with 300
// edits and 50,000 comments, the load run's union.
var Scales = []Scale{scale(1), scale(4), scale(16)}

func scale(k int) Scale {
	return Scale{Name: fmt.Sprintf("%dx", k), Bytes: 62_500 * k, Edits: 300 * k / 16, Comments: 3_125 * k}
}
