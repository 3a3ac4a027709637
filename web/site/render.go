package site

import (
	"bytes"
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"

	"github.com/charter-org/charter/web/view"
)

// Render writes a page: the template name with its model m, to which it
// adds what every page needs (view.Layout): the member, their language,
// the CSRF token for its forms, and the page's address.
func (s *Site) Render(c *gin.Context, name string, m view.Model) {
	s.RenderStatus(c, http.StatusOK, name, m)
}

// RenderStatus is Render with a status other than 200.
func (s *Site) RenderStatus(c *gin.Context, status int, name string, m view.Model) {
	if !s.pages.Has(name) {
		s.log.Error("no such template", "name", name)
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	layout := s.layout(c, m)
	layout.Path = c.Request.URL.RequestURI()
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer putPageBuffer(buf)
	if err := s.pages.Execute(buf, name, m); err != nil {
		s.log.Error("render page", "name", name, "err", err)
		c.Writer.Header().Del("ETag") // a validator must not make an error stick
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// layout fills what every page shows besides its content, and returns it.
func (s *Site) layout(c *gin.Context, m view.Model) *view.Layout {
	layout := view.LayoutOf(m)
	l := s.Localizer(c)
	layout.L, layout.Lang, layout.User, layout.CSRF = l, l.Tag(), User(c), CSRFToken(c)
	return layout
}

// fragmentHeader marks a request sent by charter.js, which wants only the
// part of the page that changed: no redirect, no whole page. Forms posted
// without it get the same answers as ever.
const fragmentHeader = "X-Charter-Fragment"

// WantsFragment says whether charter.js sent the request.
func WantsFragment(c *gin.Context) bool { return c.GetHeader(fragmentHeader) != "" }

// Fragment writes one part of a page's template set with what that page's
// model would hold (language, member, token, and the request's address
// unless m names the page's), so a fragment reads as the page does. arg,
// given m once filled, picks the part's argument; nil passes m itself.
func (s *Site) Fragment(c *gin.Context, status int, page, part string, m view.Model, arg func() any) error {
	if layout := s.layout(c, m); layout.Path == "" {
		layout.Path = c.Request.URL.RequestURI()
	}
	var v any = m
	if arg != nil {
		v = arg()
	}
	var buf bytes.Buffer
	if err := s.pages.ExecutePart(&buf, page, part, v); err != nil {
		return err
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
	return nil
}

// pageBuffers hold pages while they are rendered: a document page is
// 160 KB, and growing a new buffer to that size for every view copied it
// ten times over and left as much for the collector.
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func putPageBuffer(b *bytes.Buffer) {
	if b.Cap() > 4<<20 { // a rare huge page is not kept
		return
	}
	b.Reset()
	pageBuffers.Put(b)
}
