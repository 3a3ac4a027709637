"""Reads Word files in LibreOffice itself, headless, for export's tests.

    python3 tracked.py SOFFICE PROFILE_DIR FILE.docx...

For each FILE it writes FILE.txt (the document as LibreOffice reads it, with
its changes shown), FILE.accept.txt (after Accept All Tracked Changes) and
FILE.reject.txt (after Reject All), all UTF-8, and prints on one line the
file's name and how many tracked changes LibreOffice found in it.
"""
import os
import subprocess
import sys
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    soffice, profile = sys.argv[1], os.path.abspath(sys.argv[2])
    files = [os.path.abspath(f) for f in sys.argv[3:]]
    pipe = "charter-" + uuid.uuid4().hex
    proc = subprocess.Popen([soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                             "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
                             "--accept=pipe,name=%s;urp;" % pipe])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        for _ in range(1200):  # a first start builds the profile: up to two minutes
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.1)
        if ctx is None:
            sys.exit("LibreOffice did not answer")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatch = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        text = (prop("FilterName", "Text (encoded)"), prop("FilterOptions", "UTF8,LF"))
        for f in files:
            for suffix, command in ((".txt", None), (".accept.txt", ".uno:AcceptAllTrackedChanges"),
                                    (".reject.txt", ".uno:RejectAllTrackedChanges")):
                doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(f), "_blank", 0, (prop("Hidden", True),))
                if command is None:
                    print(f, doc.getRedlines().getCount(), flush=True)
                else:
                    dispatch.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
                doc.storeToURL(uno.systemPathToFileUrl(f + suffix), text)
                doc.close(True)
        desktop.terminate()
    finally:
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()


main()
