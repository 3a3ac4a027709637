package redline_test

import (
	"testing"

	"github.com/charter-org/charter/redline"
)

func TestCriticAndText(t *testing.T) {
	ops := redline.Diff("requires two-thirds of the votes cast", "requires a majority of the votes cast, online")
	if got := redline.Critic(ops); got != "requires {~~two-thirds~>a majority~~} of the votes cast{++, online++}" {
		t.Errorf("critic: %q", got)
	}
	if got := redline.PlainText(ops); got != "requires [-two-thirds-]{+a majority+} of the votes cast{+, online+}" {
		t.Errorf("text: %q", got)
	}
}
