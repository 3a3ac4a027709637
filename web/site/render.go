package site

import (
	"bytes"
	"io"
	"net/http"
	"strconv"
	"strings"
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
		s.log.ErrorContext(c.Request.Context(), "no such template", "name", name)
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	layout := s.layout(c, m)
	layout.Path = c.Request.URL.RequestURI()
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer putPageBuffer(buf)
	if err := s.pages.Execute(buf, name, m); err != nil {
		s.log.ErrorContext(c.Request.Context(), "render page", "name", name, "err", err)
		c.Writer.Header().Del("ETag") // a validator must not make an error stick
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	c.Data(status, "text/html; charset=utf-8", buf.Bytes())
}

// RenderContent is Render for a page whose content — all but the layout
// around it, which names the reader and carries their form token — is the
// same for every reader who asks for the same key in the same language:
// the content is rendered once and kept. key must name everything the
// content shows; the handler builds it from what its caches are keyed by.
// Executing a long document's template (a few thousand values, each
// escaped through reflection) was half of every view of its page.
func (s *Site) RenderContent(c *gin.Context, name, key string, m view.Model) {
	layout := s.layout(c, m)
	// Forms in the content carry a marker for the reader's form token,
	// put in as the page is written.
	token := layout.CSRF
	layout.CSRF = csrfMarker
	content, err := s.contents.Get(name+"\x00"+layout.Lang+"\x00"+key, func() (sharedContent, error) {
		var buf bytes.Buffer
		err := s.pages.ExecutePart(&buf, name, "content", m)
		// Split once where the tokens go: a view then writes the pieces
		// around its own token, without scanning or copying the content.
		return strings.Split(buf.String(), csrfMarker), err // the page's own template escaped it
	})
	layout.CSRF = token
	if err != nil {
		s.log.ErrorContext(c.Request.Context(), "render page content", "name", name, "err", err)
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	// The layout is rendered around a marker, and the content written in
	// its place: printed through the template, the 160 KB of a long
	// document were copied twice more on every view.
	layout.Content, layout.Path = contentMarker, c.Request.URL.RequestURI()
	buf := pageBuffers.Get().(*bytes.Buffer)
	defer putPageBuffer(buf)
	if err := s.pages.Execute(buf, name, m); err != nil {
		s.log.ErrorContext(c.Request.Context(), "render page", "name", name, "err", err)
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	before, after, ok := bytes.Cut(buf.Bytes(), []byte(contentMarker))
	if !ok {
		s.log.ErrorContext(c.Request.Context(), "render page: the layout lost its content", "name", name)
		c.String(http.StatusInternalServerError, "internal error\n")
		return
	}
	c.Header("Content-Type", "text/html; charset=utf-8")
	c.Header("Content-Length", strconv.Itoa(len(before)+content.size(len(token))+len(after)))
	c.Status(http.StatusOK)
	if _, err := c.Writer.Write(before); err == nil {
		if err = content.write(c.Writer, token); err == nil {
			_, _ = c.Writer.Write(after)
		}
	}
}

// sharedContent is a page's content rendered once for many readers, cut
// where each reader's form token goes.
type sharedContent []string

// size is the content's length with a token of tokenLen bytes in each place.
func (sc sharedContent) size(tokenLen int) int {
	n := tokenLen * (len(sc) - 1)
	for _, part := range sc {
		n += len(part)
	}
	return n
}

// write writes the content with token in each place.
func (sc sharedContent) write(w io.StringWriter, token string) error {
	for i, part := range sc {
		if i > 0 {
			if _, err := w.WriteString(token); err != nil {
				return err
			}
		}
		if _, err := w.WriteString(part); err != nil {
			return err
		}
	}
	return nil
}

// contentMarker stands for a page's content in its layout, and csrfMarker
// for the reader's form token in shared content: no template writes them
// (a token is base64, never a colon).
const (
	contentMarker = "\x00charter:content\x00"
	csrfMarker    = "charter:csrf-token"
)

// layout fills what every page shows besides its content, and returns it.
func (s *Site) layout(c *gin.Context, m view.Model) *view.Layout {
	layout := view.LayoutOf(m)
	if layout.L != nil {
		return layout // filled already (RenderContent)
	}
	l := s.Localizer(c)
	layout.L, layout.Lang, layout.User, layout.CSRF = l, l.Tag(), User(c), CSRFToken(c)
	if s.changeSeq != nil {
		layout.Seq = s.changeSeq()
	}
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
