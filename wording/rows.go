package wording

// The form's own moves: a member adds a clause after one, or moves one up
// or down past its sibling, with what it contains.

// AddAfter adds an empty clause after row i and what it contains, as its
// sibling.
func (t *Text) AddAfter(rows []Row, i int) []Row {
	if i < 0 || i >= len(rows) {
		return rows
	}
	end := t.blockEnd(rows, i)
	added := Row{Clause: rows[i].Clause, Added: true}
	if rows[i].Added {
		end = i + 1
	}
	out := append([]Row{}, rows[:end]...)
	out = append(out, added)
	return append(out, rows[end:]...)
}

// Move moves row i, with the rows of what it contains, past its previous
// (up) or next sibling; ok is false when it has none it can trade places
// with (CanSwap).
func (t *Text) Move(rows []Row, i int, up bool) (out []Row, ok bool) {
	a, b := t.neighbours(rows, i, up)
	if a < 0 {
		return rows, false
	}
	aEnd, bEnd := t.blockEnd(rows, a), t.blockEnd(rows, b)
	out = append([]Row{}, rows[:a]...)
	out = append(out, rows[b:bEnd]...)
	out = append(out, rows[a:aEnd]...)
	return append(out, rows[bEnd:]...), true
}

// neighbours finds the two sibling blocks a move of row i trades: their
// first rows, in order; -1 when there are none.
func (t *Text) neighbours(rows []Row, i int, up bool) (int, int) {
	if i < 0 || i >= len(rows) || rows[i].Added {
		return -1, -1
	}
	c := rows[i].Clause
	if up {
		for j := i - 1; j >= 0; j-- {
			if !rows[j].Added && t.clauses[rows[j].Clause].Parent == t.clauses[c].Parent {
				if t.CanSwap(rows[j].Clause, c) && t.blockEnd(rows, j) == i {
					return j, i
				}
				return -1, -1
			}
			if !t.inside(rows[j].Clause, t.clauses[c].Parent) {
				return -1, -1
			}
		}
		return -1, -1
	}
	j := t.blockEnd(rows, i)
	if j < len(rows) && !rows[j].Added && t.CanSwap(c, rows[j].Clause) {
		return i, j
	}
	return -1, -1
}

// blockEnd is the row after row i's block: its clause, what that contains,
// and the clauses added after them.
func (t *Text) blockEnd(rows []Row, i int) int {
	j := i + 1
	for j < len(rows) && (rows[j].Clause == rows[i].Clause && rows[j].Added || t.inside(rows[j].Clause, rows[i].Clause) && !rows[i].Added) {
		j++
	}
	return j
}

// inside says whether clause c sits within clause outer (at any depth);
// every clause is inside the top (-1).
func (t *Text) inside(c, outer int) bool {
	if outer < 0 {
		return true
	}
	for p := t.clauses[c].Parent; p >= 0; p = t.clauses[p].Parent {
		if p == outer {
			return true
		}
	}
	return false
}

// CanMove says whether row i can move up, and down.
func (t *Text) CanMove(rows []Row, i int) (up, down bool) {
	a, _ := t.neighbours(rows, i, true)
	b, _ := t.neighbours(rows, i, false)
	return a >= 0, b >= 0
}
