package view

import (
	"fmt"
	"html/template"
	"os"
	"reflect"
	"sort"
	"testing"
	"text/template/parse"

	"github.com/charter-org/charter/meeting"
	"github.com/charter-org/charter/web/i18n"
)

// models names the model each page's template reads.
var models = map[string]any{
	"error": Error{}, "login": Login{}, "invitation": Invitation{}, "home": Home{},
	"document": Document{}, "versions": Versions{}, "compare": Compare{}, "section_history": SectionHistory{},
	"section": Section{}, "comment_queue": CommentQueue{}, "import": Import{},
	"amendments": Amendments{}, "amendment": Amendment{}, "amendment_new": AmendmentForm{}, "merge": Merge{}, "clerical": Clerical{},
	"ballots": Ballots{}, "ballot": Ballot{}, "ballot_new": Notice{}, "notice_report": NoticeReport{}, "ballot_receipt": Receipt{}, "teller_key": TellerKey{},
	"members": Members{}, "account": Account{}, "audit": Audit{}, "search": Search{}, "unsubscribe": Unsubscribe{},
	"outbox": Outbox{}, "outbox_message": OutboxMessage{}, "petitions": Petitions{}, "petition": Petition{}, "translation": Translation{}, "translate": TranslateSection{}, "amendment_translation": AmendmentTranslation{},
	"meetings": Meetings{}, "meeting_new": MeetingNotice{}, "meeting": Meeting{}, "meeting_door": MeetingDoor{}, "meeting_chair": MeetingChair{}, "meeting_projector": MeetingProjector{},
}

// parts names the model of the parts a handler renders on their own, and
// of the partials pages call with a dict of arguments, spelled out as a
// struct with the dict's keys.
var parts = map[[2]string]any{
	{"document", "toc"}: TOC{},
	{"section", "comment-thread"}: struct {
		T    Thread
		Root *Section
	}{},
	{"section", "comment-body"}: struct {
		C    ShownComment
		Root *Section
	}{},
	{"import", "since"}: struct {
		L     *i18n.Localizer
		Stale *Stale
	}{},
	{"meeting", "meeting-facts"}: struct {
		L *i18n.Localizer
		P MeetingPage
	}{},
	{"meeting", "meeting-item"}: struct {
		L *i18n.Localizer
		I *AgendaItem
	}{},
	{"meeting_chair", "chair-button"}: struct {
		CSRF, Action, Label string
		Item                int64
	}{},
	{"meetings", "meeting-list"}: struct {
		L    *i18n.Localizer
		List []meeting.Meeting
	}{},
	{"ballot_new", "rule-fields"}: struct {
		L                               *i18n.Localizer
		Prefix, Threshold, Base, Quorum string
		NoticeDays                      string
		Required                        bool
	}{},
}

// TestTemplatesReadTheirModels: every field a template reads, from its
// model, from a field of it, or from what it ranges over, is there, so
// that no page fails with a 500 on a branch the tests do not take.
func TestTemplatesReadTheirModels(t *testing.T) {
	cat, err := i18n.Load(os.DirFS(".."))
	if err != nil {
		t.Fatal(err)
	}
	pages, err := Parse(os.DirFS(".."), cat, func(name string) (string, error) { return "/static/" + name, nil })
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for name := range pages.byName {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		m, ok := models[name]
		if !ok {
			t.Errorf("templates/%s.html has no model in this test", name)
			continue
		}
		c := &checker{t: t, page: pages.byName[name], name: name, walked: map[string]bool{}}
		root := reflect.PointerTo(reflect.TypeOf(m))
		c.template("layout", root, root)
	}
	for p, m := range parts {
		root := reflect.TypeOf(m)
		c := &checker{t: t, page: pages.byName[p[0]], name: p[0] + "/" + p[1], walked: map[string]bool{}}
		c.template(p[1], root, root)
	}
	if len(models) != len(names) {
		t.Errorf("%d models for %d pages", len(models), len(names))
	}
}

type checker struct {
	t      *testing.T
	page   *template.Template
	name   string
	walked map[string]bool // templates walked, by name and dot
}

// scope is where a node stands: the type of dot, of $, and of variables;
// nil where it is not known (a map or dict, an interface).
type scope struct {
	dot, root reflect.Type
	vars      map[string]reflect.Type
}

func (c *checker) template(name string, dot, root reflect.Type) {
	key := name + "\x00" + fmt.Sprint(dot)
	if c.walked[key] {
		return
	}
	c.walked[key] = true
	tmpl := c.page.Lookup(name)
	if tmpl == nil || tmpl.Tree == nil {
		return // a block without a definition in this page
	}
	c.list(tmpl.Tree.Root, &scope{dot: dot, root: root, vars: map[string]reflect.Type{"$": root}})
}

func (c *checker) list(l *parse.ListNode, s *scope) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		c.node(n, s)
	}
}

func (c *checker) node(n parse.Node, s *scope) {
	switch n := n.(type) {
	case *parse.ActionNode:
		c.pipe(n.Pipe, s)
	case *parse.IfNode:
		c.pipe(n.Pipe, s)
		c.list(n.List, s.with(s.dot))
		c.list(n.ElseList, s.with(s.dot))
	case *parse.WithNode:
		t := c.pipe(n.Pipe, s)
		c.list(n.List, s.with(t))
		c.list(n.ElseList, s.with(s.dot))
	case *parse.RangeNode:
		t := c.pipe(n.Pipe, s)
		var elem, key reflect.Type
		if t = deref(t); t != nil {
			switch t.Kind() {
			case reflect.Slice, reflect.Array:
				elem, key = t.Elem(), reflect.TypeFor[int]()
			case reflect.Map:
				elem, key = t.Elem(), t.Key()
			}
		}
		inner := s.with(elem)
		switch decl := n.Pipe.Decl; len(decl) {
		case 1:
			inner.vars[decl[0].Ident[0]] = elem
		case 2:
			inner.vars[decl[0].Ident[0]], inner.vars[decl[1].Ident[0]] = key, elem
		}
		c.list(n.List, inner)
		c.list(n.ElseList, s.with(s.dot))
	case *parse.TemplateNode:
		if n.Pipe == nil {
			c.template(n.Name, nil, s.root)
			return
		}
		if t := c.pipe(n.Pipe, s); t != nil {
			c.template(n.Name, t, s.root)
		}
	}
}

// with is a scope whose dot is dot, with the variables known so far.
func (s *scope) with(dot reflect.Type) *scope {
	vars := make(map[string]reflect.Type, len(s.vars))
	for k, v := range s.vars {
		vars[k] = v
	}
	return &scope{dot: dot, root: s.root, vars: vars}
}

// pipe checks every field a pipeline reads and returns its type, when it
// is a field chain; a variable it declares is known from then on.
func (c *checker) pipe(p *parse.PipeNode, s *scope) reflect.Type {
	if p == nil {
		return nil
	}
	var last reflect.Type
	for _, cmd := range p.Cmds {
		last = nil
		for i, arg := range cmd.Args {
			t := c.arg(arg, s)
			if i == 0 && len(cmd.Args) == 1 {
				last = t
			}
		}
	}
	if len(p.Decl) == 1 {
		s.vars[p.Decl[0].Ident[0]] = last
	}
	return last
}

func (c *checker) arg(arg parse.Node, s *scope) reflect.Type {
	switch a := arg.(type) {
	case *parse.DotNode:
		return s.dot
	case *parse.FieldNode:
		return c.chain(s.dot, a.Ident, a)
	case *parse.VariableNode:
		t, ok := s.vars[a.Ident[0]]
		if !ok {
			return nil
		}
		return c.chain(t, a.Ident[1:], a)
	case *parse.ChainNode:
		t := c.arg(a.Node, s)
		return c.chain(t, a.Field, a)
	case *parse.PipeNode:
		c.pipe(a, s)
	}
	return nil
}

// chain follows fields (or methods) from t, reporting the first that t
// does not have.
func (c *checker) chain(t reflect.Type, fields []string, at parse.Node) reflect.Type {
	for _, f := range fields {
		if t == nil {
			return nil
		}
		if m, ok := t.MethodByName(f); ok {
			if m.Type.NumOut() == 0 {
				return nil
			}
			t = m.Type.Out(0)
			continue
		}
		if t.Kind() != reflect.Pointer {
			if m, ok := reflect.PointerTo(t).MethodByName(f); ok && m.Type.NumOut() > 0 {
				t = m.Type.Out(0)
				continue
			}
		}
		d := deref(t)
		switch d.Kind() {
		case reflect.Struct:
			sf, ok := d.FieldByName(f)
			if !ok {
				c.t.Errorf("%s: %s reads .%s, which %s does not have", c.name, at, f, d)
				return nil
			}
			t = sf.Type
		case reflect.Map:
			t = d.Elem()
		default:
			return nil // an interface: not known until run
		}
		if t.Kind() == reflect.Interface {
			return nil
		}
	}
	return t
}

func deref(t reflect.Type) reflect.Type {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}
