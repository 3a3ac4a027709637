package document

// FindSection finds the section whose key is key among nodes.
func FindSection(nodes []Node, key string) (Node, bool) {
	for _, n := range nodes {
		if n.Key == key && key != "" {
			return n, true
		}
	}
	return Node{}, false
}

// TextOf is the section's text within whole, the text its outline was
// read from: its heading or marker, its words and its sub-sections.
func (n Node) TextOf(whole string) string { return whole[n.Start:n.End] }

// Splice puts edited in place of section n of whole, the text n's outline
// was read from: a member who amends one section writes only that section,
// and the amendment is still the whole text as it would read. Size and
// encoding are checked on the whole text, as for any version.
func Splice(whole string, n Node, edited string) string {
	return whole[:n.Start] + edited + whole[n.End:]
}
