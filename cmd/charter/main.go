// Command charter runs Charter: the web server and the operator's commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/charter-org/charter"
)

const usage = `Charter: a union's members write their own constitution.

Usage:
  charter serve   [--addr :8080] [--db ADDR] [--demo]          run the web server
  charter serve   --domain D[,D…] [--acme-email E]              serve HTTPS on :443 with certificates from Let's Encrypt
  charter import  --slug S --title T --numbering article|decimal|zero-based FILE.md
  charter import  --slug S --base N FILE.md                       publish FILE, written from version N, as the next version
  charter user add --email E --name N --role R[,R…] [--member-id ID] [--password-stdin]
  charter token create --user EMAIL [--name NAME]                 print an API access token
  charter token list   --user EMAIL                               list the account's tokens
  charter token revoke --user EMAIL --id ID                       revoke one of them
  charter export  --document S [--version N] --format md|html|pdf|docx [--paper a4|letter] [--out FILE]
  charter export  --amendment ID --format md|html|pdf|docx [--out FILE]
  charter export  --document S --git DIR                          the versions as a git repository
  charter redline [--format html|table|critic|text] OLD.md NEW.md  show what changes
  charter audit verify                                            check the audit chain
  charter check                                                   run every integrity check
  charter backup  [--force] FILE                                  a consistent copy of the database, taken while Charter runs
  charter restore [--force] FILE                                  replace the database with a checked backup (server stopped)
  charter version                                                 the release, its commit, Go and the schema it migrates to
  charter health  [--url http://127.0.0.1:8080/healthz]           ask a running Charter whether it answers (for a container's HEALTHCHECK)

Every command takes --db: sqlite:PATH (default sqlite:charter.db) or a
postgres:// URL; the CHARTER_DB environment variable sets the default.
`

func main() {
	ctx := context.Background()
	// The commands that work on a database stop cleanly when interrupted
	// (serve lets the requests in flight finish). A redline reads two files
	// and writes its output, so SIGINT and SIGTERM end it as they end any
	// program: watching for them starts goroutines and two or three more
	// threads to run them, a tenth of a redline's time (docs/performance.md,
	// "Redlines").
	if len(os.Args) < 2 || os.Args[1] != "redline" {
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
		defer stop()
	}
	if err := Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "charter:", message(err))
		os.Exit(1)
	}
}

// message is what the operator reads: the safe message of an application
// error, or the whole error, which on the command line is the operator's own.
func message(err error) string {
	if code := charter.ErrorCode(err); code != charter.EINTERNAL {
		return charter.ErrorMessage(err)
	}
	return err.Error()
}

// Run dispatches a command line; main is only signals and exit codes.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return flag.ErrHelp
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, rest, stdout, stderr)
	case "import":
		return runImport(ctx, rest, stdout)
	case "user":
		if len(rest) > 0 && rest[0] == "add" {
			return runUserAdd(ctx, rest[1:], stdin, stdout)
		}
	case "token":
		if len(rest) > 0 {
			switch rest[0] {
			case "create":
				return runTokenCreate(ctx, rest[1:], stdout)
			case "list":
				return runTokenList(ctx, rest[1:], stdout)
			case "revoke":
				return runTokenRevoke(ctx, rest[1:], stdout)
			}
		}
	case "redline":
		return runRedline(rest, stdout)
	case "export":
		return runExport(ctx, rest, stdout)
	case "audit":
		if len(rest) > 0 && rest[0] == "verify" {
			return runAuditVerify(ctx, rest[1:], stdout)
		}
	case "check":
		return runCheck(ctx, rest, stdout)
	case "backup":
		return runBackup(ctx, rest, stdout)
	case "restore":
		return runRestore(ctx, rest, stdout)
	case "version", "--version":
		return runVersion(stdout)
	case "health":
		return runHealth(ctx, rest, stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return flag.ErrHelp
}

// newFlags makes a flag set with the --db flag every command shares.
func newFlags(name string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	def := os.Getenv("CHARTER_DB")
	if def == "" {
		def = "sqlite:charter.db"
	}
	db := fs.String("db", def, "database: sqlite:PATH or a postgres:// URL")
	return fs, db
}
