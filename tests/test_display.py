"""Rich output through the real kernel: display_data, update_display_data
with the same display_id (also from goroutines after the cell ended),
clear_output, every kind of bundle, rich trailing values, bad input; and a
notebook rendered to HTML by nbconvert and screenshot in headless Chromium."""
import base64
import io
import os
import subprocess

import nbformat
from PIL import Image

from conftest import drain, execute

IMPORTS = 'import (\n\t"fmt"\n\t"image"\n\t"image/color"\n\t"time"\n\t"github.com/gofutures/gofutures/display"\n)\n'


def test_display_and_update_in_place(kernel):
    km, kc = kernel
    c = execute(kc, IMPORTS + 'h := display.Display(display.HTML("<b>v1</b>"))\n'
                'h.Update(display.HTML("<b>v2</b>"))\n'
                'go func() {\n\ttime.Sleep(300 * time.Millisecond)\n\th.Update(display.HTML("<b>late</b>"))\n}()')
    assert c.status == "ok", c.error
    shown = c.of_type("display_data")
    updates = c.of_type("update_display_data")
    assert len(shown) == 1 and len(updates) == 1
    did = shown[0]["content"]["transient"]["display_id"]
    assert updates[0]["content"]["transient"]["display_id"] == did
    assert shown[0]["content"]["data"]["text/html"] == "<b>v1</b>" and "text/plain" in shown[0]["content"]["data"]
    assert updates[0]["content"]["data"]["text/html"] == "<b>v2</b>"
    late = [m for m in drain(kc, 1.0) if m["header"]["msg_type"] == "update_display_data"]
    assert [m["content"]["transient"]["display_id"] for m in late] == [did]
    assert late[0]["parent_header"]["msg_id"] == c.reply["parent_header"]["msg_id"]
    c = execute(kc, "display.Clear(false)")
    assert len(c.of_type("clear_output")) == 1


def test_every_kind_of_output(kernel):
    km, kc = kernel
    c = execute(kc, IMPORTS + '''type Card struct{ Title string }
func (c Card) HTML() string { return "<h3>" + c.Title + "</h3>" }
img := image.NewRGBA(image.Rect(0, 0, 8, 8))
img.Set(1, 1, color.RGBA{255, 0, 0, 255})
display.Display(display.Markdown("# heading"))
display.Display(display.SVG(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>`))
display.Display(display.Image(img))
display.Display(display.JSON(map[string]int{"a": 1}))
display.Display(display.LaTeX(`$x^2$`))
display.Display(Card{"from a cell type"})
Card{"trailing"}''')
    assert c.status == "ok", c.error
    kinds = [sorted(m["content"]["data"]) for m in c.of_type("display_data")]
    assert ["text/markdown", "text/plain"] in kinds
    assert ["image/svg+xml", "text/plain"] in kinds
    assert ["image/png", "text/plain"] in kinds
    assert ["application/json", "text/plain"] in kinds
    assert ["text/latex", "text/plain"] in kinds
    assert any(m["content"]["data"].get("text/html") == "<h3>from a cell type</h3>" for m in c.of_type("display_data"))
    assert c.of_type("execute_result")[0]["content"]["data"]["text/html"] == "<h3>trailing</h3>"


def test_bad_input_is_an_error_output_and_the_cell_goes_on(kernel):
    km, kc = kernel
    c = execute(kc, IMPORTS + '''type Bad struct{}
func (Bad) String() string { panic("stringer panicked") }
display.Display(display.Text("bad \\xff utf8"))
display.Display(display.Image(image.NewRGBA(image.Rect(0, 0, 0, 0))))
display.Display(nil)
display.Display(Bad{})
fmt.Println("still running")''')
    assert c.status == "ok", c.error
    assert c.stdout == "still running\n"
    texts = [m["content"]["data"]["text/plain"] for m in c.of_type("display_data")]
    assert "bad \ufffd utf8" in texts
    errors = [m for m in c.of_type("display_data") if m["content"]["metadata"].get("gofutures/error")]
    assert len(errors) >= 2, texts  # the empty image and the panicking Stringer
    assert execute(kc, "1+1").result == "2"


def test_chart_renders_in_chromium(tmp_path):
    nb = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "gofutures", "display_name": "Go (gofutures)", "language": "go"}})
    nb.cells = [nbformat.v4.new_code_cell(IMPORTS + '''cmp := display.NewComparison("gcd, six pairs")
cmp.Add("serial", 500*time.Millisecond)
cmp.Add("ThreadPool(2)", 260*time.Millisecond)
cmp.Add("ProcessPool(2)", 300*time.Millisecond)
display.Display(cmp)''')]
    src = tmp_path / "chart.ipynb"
    nbformat.write(nb, str(src))
    subprocess.run(["jupyter", "nbconvert", "--to", "html", "--execute", "--output", "chart", str(src)],
                   check=True, capture_output=True, timeout=180)
    html = tmp_path / "chart.html"
    assert "<svg" in html.read_text() or "image/svg+xml" in html.read_text()
    png = tmp_path / "shot.png"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=%s" % (tmp_path / "profile"), "--window-size=1000,900",
                    "--screenshot=%s" % png, "file://%s" % html], check=True, capture_output=True, timeout=120)
    img = Image.open(png).convert("L")
    # The chart is drawn below the code cell: that part of the page must
    # have dark marks (bars, labels) on the light background.
    w, h = img.size
    region = img.crop((0, h // 4, w, h))
    dark = sum(1 for p in region.getdata() if p < 128)
    assert dark > 500, "the chart area is blank (%d dark pixels)" % dark
