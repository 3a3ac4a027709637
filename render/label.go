package render

import "github.com/charter-org/charter/amendment"

// SectionLabel names the section a change is made to, as the motion table
// does: "2.1", "2.4 (new)", "3 (becomes 2)".
func SectionLabel(c amendment.Change) string { return sectionLabel(c) }

// MotionText is a change's motion in the labels' language.
func (l Labels) MotionText(c amendment.Change) string { return l.motion(c) }
