// Command redlinetime times `charter redline` as a process against `git diff
// --no-index --word-diff` on the same pairs: two three-line files (start-up
// alone), the largest corpus amendment (bylaw-3) and a generated 1 MB
// constitution with 300 words changed. Each round runs every command once,
// in turn, so that the machine's other work falls on all of them alike; it
// prints each one's median wall time with its quartiles, and the load
// average before and after each pair. With -inittrace it also runs each
// binary with GODEBUG=inittrace=1 and prints the median of what its
// packages' initialisation took before main (docs/performance.md,
// "Redlines").
//
//	go build -tags nomsgpack,netgo,osusergo -o /tmp/charter ./cmd/charter
//	go run ./scripts/redlinetime -rounds 100 /tmp/charter-before /tmp/charter
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charter-org/charter/internal/corpus"
)

func main() {
	rounds := flag.Int("rounds", 100, "rounds, each running every command once")
	inittrace := flag.Bool("inittrace", false, "also report each binary's initialisation by GODEBUG=inittrace=1")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: redlinetime [-rounds N] [-inittrace] CHARTER-BINARY...")
		os.Exit(2)
	}
	if err := run(*rounds, *inittrace, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "redlinetime:", err)
		os.Exit(1)
	}
}

func run(rounds int, inittrace bool, binaries []string) error {
	dir, err := os.MkdirTemp("", "redlinetime")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	id, base, proposed, err := corpus.LargestAmendment()
	if err != nil {
		return err
	}
	mb := corpus.Constitution(1_000_000, 1)
	pairs := []struct {
		name     string
		old, new []byte
	}{
		{"two three-line files", []byte("one\ntwo\nthree\n"), []byte("one\n2\nthree\n")},
		{"the largest corpus amendment (" + id + ")", base, proposed},
		{"a generated 1 MB constitution, 300 words changed", mb, corpus.Edit(mb, 300, 2)},
	}
	for i, p := range pairs {
		a, b := filepath.Join(dir, fmt.Sprintf("%d-old.md", i)), filepath.Join(dir, fmt.Sprintf("%d-new.md", i))
		if err := os.WriteFile(a, p.old, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(b, p.new, 0o644); err != nil {
			return err
		}
		cmds := [][]string{{"git", "diff", "--no-index", "--no-color", "--word-diff", a, b}}
		for _, bin := range binaries {
			cmds = append(cmds, []string{bin, "redline", a, b})
		}
		fmt.Printf("\n%s, %d → %d bytes; load average %s\n", p.name, len(p.old), len(p.new), loadavg())
		times, err := inTurns(rounds, cmds, nil)
		if err != nil {
			return err
		}
		git := median(times[0])
		for k, c := range cmds {
			name := c[0]
			if k > 0 {
				name += " redline"
			}
			fmt.Printf("  %7s ms (%s–%s)  %.2f× git  %s\n", ms(median(times[k])), ms(quartile(times[k], 1)), ms(quartile(times[k], 3)),
				float64(median(times[k]))/float64(git), name)
		}
		fmt.Printf("  load average after: %s\n", loadavg())
	}
	if inittrace {
		a, b := filepath.Join(dir, "1-old.md"), filepath.Join(dir, "1-new.md")
		var cmds [][]string
		for _, bin := range binaries {
			cmds = append(cmds, []string{bin, "redline", a, b})
		}
		fmt.Printf("\nGODEBUG=inittrace=1, %s redline of the corpus amendment; load average %s\n", binaries, loadavg())
		traces := make([][]initTotal, len(cmds))
		if _, err := inTurns(rounds, cmds, func(k int, stderr []byte) { traces[k] = append(traces[k], sumInits(stderr)) }); err != nil {
			return err
		}
		for k, bin := range binaries {
			var clock []time.Duration
			for _, t := range traces[k] {
				clock = append(clock, t.clock)
			}
			t := traces[k][0]
			fmt.Printf("  %7s ms (%s–%s) in %d packages, %d bytes in %d allocations  %s\n",
				ms(median(clock)), ms(quartile(clock, 1)), ms(quartile(clock, 3)), t.packages, t.bytes, t.allocs, bin)
		}
		fmt.Printf("  load average after: %s\n", loadavg())
	}
	return nil
}

// inTurns runs every command once per round, rounds times after two rounds
// of warming up, output discarded, and returns each one's wall times; with
// GODEBUG=inittrace=1 set when trace is given, which reads each standard
// error. git diff exits 1 when the files differ.
func inTurns(rounds int, cmds [][]string, trace func(k int, stderr []byte)) ([][]time.Duration, error) {
	times := make([][]time.Duration, len(cmds))
	for r := -2; r < rounds; r++ {
		for k, c := range cmds {
			cmd := exec.Command(c[0], c[1:]...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if trace != nil {
				cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
			}
			start := time.Now()
			err := cmd.Run()
			d := time.Since(start)
			var exit *exec.ExitError
			if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1 && c[0] == "git") {
				return nil, fmt.Errorf("%s: %v: %s", strings.Join(c, " "), err, stderr.String())
			}
			if r < 0 {
				continue
			}
			times[k] = append(times[k], d)
			if trace != nil {
				trace(k, stderr.Bytes())
			}
		}
	}
	return times, nil
}

type initTotal struct {
	clock                   time.Duration
	packages, bytes, allocs int
}

// sumInits adds up the lines of GODEBUG=inittrace=1:
// "init PKG @0.1 ms, 0.02 ms clock, 1024 bytes, 9 allocs".
func sumInits(stderr []byte) initTotal {
	var t initTotal
	lines := bufio.NewScanner(bytes.NewReader(stderr))
	for lines.Scan() {
		f := strings.Fields(lines.Text())
		if len(f) < 10 || f[0] != "init" {
			continue
		}
		clock, _ := strconv.ParseFloat(f[4], 64)
		b, _ := strconv.Atoi(f[7])
		a, _ := strconv.Atoi(f[9])
		t.clock += time.Duration(clock * float64(time.Millisecond))
		t.packages++
		t.bytes += b
		t.allocs += a
	}
	return t
}

func median(d []time.Duration) time.Duration { return quartile(d, 2) }

func quartile(d []time.Duration, q int) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[q*(len(s)-1)/4]
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f", float64(d)/float64(time.Millisecond)) }

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}
