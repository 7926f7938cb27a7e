"""Rich output through the real kernel: display_data, update_display_data
with the same display_id (also from goroutines after the cell ended),
clear_output, every kind of bundle, rich trailing values, bad input; and a
notebook rendered to HTML by nbconvert and screenshot in headless Chromium."""
import base64
import io
import os
import re
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


def test_handle_clear_from_a_later_cell(kernel):
    """A handle's Clear while its cell runs clears that cell's output; from a
    later cell it empties the handle's own output (a clear_output there
    would clear the later cell's output instead)."""
    km, kc = kernel
    c = execute(kc, IMPORTS + 'h := display.Display("first")\nh.Clear(true)\nfmt.Println("after")')
    assert c.status == "ok" and len(c.of_type("clear_output")) == 1, c.error
    did = c.of_type("display_data")[0]["content"]["transient"]["display_id"]
    c = execute(kc, 'fmt.Println("keep me")\nh.Clear(false)')
    assert c.status == "ok" and c.of_type("clear_output") == [], c.msgs
    upd = c.of_type("update_display_data")
    assert len(upd) == 1 and upd[0]["content"]["transient"]["display_id"] == did
    assert upd[0]["content"]["data"] == {"text/plain": ""}, upd[0]["content"]
    # shown again, it is back
    c = execute(kc, 'h.Update("again")')
    assert c.of_type("update_display_data")[0]["content"]["data"]["text/plain"] == "again"


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
    shown = {tuple(sorted(m["content"]["data"])): m["content"] for m in c.of_type("display_data")}
    assert shown[("text/markdown", "text/plain")]["data"]["text/markdown"] == "# heading"
    svg = shown[("image/svg+xml", "text/html", "text/plain")]["data"]
    assert svg["image/svg+xml"].startswith("<svg") and "<rect" in svg["image/svg+xml"]
    assert svg_of_img(svg["text/html"]) == svg["image/svg+xml"]  # what front ends that sanitize SVG show
    png = shown[("image/png", "text/plain")]
    img = Image.open(io.BytesIO(base64.b64decode(png["data"]["image/png"]))).convert("RGBA")
    assert img.size == (8, 8) and img.getpixel((1, 1)) == (255, 0, 0, 255) and img.getpixel((2, 2))[3] == 0
    assert png["metadata"]["image/png"] == {"width": 8, "height": 8}
    assert shown[("application/json", "text/plain")]["data"]["application/json"] == {"a": 1}
    assert shown[("text/latex", "text/plain")]["data"]["text/latex"] == "$x^2$"
    assert any(m["content"]["data"].get("text/html") == "<h3>from a cell type</h3>" for m in c.of_type("display_data"))
    assert c.of_type("execute_result")[0]["content"]["data"]["text/html"] == "<h3>trailing</h3>"


def svg_of_img(html):
    """The SVG document inside an <img> with a base64 data URI."""
    m = re.search(r'<img [^>]*src="data:image/svg\+xml;base64,([^"]+)"', html)
    assert m, html[:300]
    return base64.b64decode(m.group(1)).decode()


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


CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MATHJAX = "/usr/share/javascript/mathjax/MathJax.js"  # Debian's libjs-mathjax


def rendered_cells(html):
    """(source, outputs) of every code cell of a notebook nbconvert rendered
    as HTML; outputs are the BeautifulSoup elements of the rendered outputs."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    cells = []
    for cell in soup.select("div.jp-CodeCell"):
        src = cell.select_one("div.jp-InputArea-editor").get_text()
        cells.append((src, cell.select("div.jp-OutputArea-output")))
    return soup, cells


def test_display_notebook_renders_in_html(tmp_path):
    """notebooks/display.ipynb executed and rendered by nbconvert: what a
    reader of the HTML sees in each demo, not only which MIME types came."""
    nb = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "notebooks", "display.ipynb")
    subprocess.run(["jupyter", "nbconvert", "--to", "html", "--execute", "--ExecutePreprocessor.timeout=300",
                    "--output-dir", str(tmp_path), "--output", "display", nb],
                   check=True, capture_output=True, timeout=600)
    html = (tmp_path / "display.html").read_text()
    soup, cells = rendered_cells(html)

    def out(start, exact=False):
        found = [o for src, o in cells if (src.strip() == start if exact else src.strip().startswith(start))]
        assert len(found) == 1, "no single cell starts with %r" % start
        assert found[0], "cell %r shows nothing" % start
        return found[0]

    (h,) = out("display.HTML(")
    assert h.select_one("b").get_text() == "notebook" and "HTML" in h.get_text()
    (md,) = out("display.Markdown(")
    assert md.select_one("h3").get_text().strip("¶ \n") == "Markdown"
    assert [li.get_text() for li in md.select("li")] == ["one", "two"] and md.select_one("strong").get_text() == "two"
    (tex,) = out("display.LaTeX(")
    assert tex["data-mime-type"] == "text/latex"
    assert tex.get_text().strip() == r"$$\sum_{k=1}^{n} k = \frac{n(n+1)}{2}$$"  # one backslash, as MathJax needs
    (svg,) = out("display.SVG(")
    doc = svg_of_img(str(svg))  # an <img>: nbconvert strips the elements of inline SVG
    assert 'fill="#0072b2"' in doc and ">SVG</text>" in doc
    (png,) = out("display.Image(")
    img = png.select_one("img")
    assert img["src"].startswith("data:image/png;base64,")
    assert Image.open(io.BytesIO(base64.b64decode(img["src"].split(",", 1)[1]))).size == (240, 80)
    (temp,) = out("Temperature(31.5)")  # a conversion to a cell type with an HTML method
    span = temp.select_one("span")
    assert span is not None, str(temp)
    assert span.get_text() == "31.5\u00a0°C" and "color:#d55e00" in span["style"]
    (cities,) = out("display.Table([]City{")  # display.Table of a cell's struct type
    table = cities.select_one("table")
    assert [th.get_text() for th in table.select("thead th")] == ["", "Name", "Population", "Temp"], str(table)
    assert [td.get_text() for td in table.select("tbody tr")[1].select("td")] == ["Oslo", "709000", "3.5 °C"]  # through its String method
    (squares,) = out("squares := map[string]int{}")
    rows = squares.select("tbody tr")
    assert len(rows) == 11 and rows[5].get_text() == "……" and rows[-1].get_text() == "n0999801"
    assert "100 rows × 1 column" in squares.get_text()
    (pool,) = out("pool", exact=True)
    assert "ThreadPool-1" in pool.get_text() and "ThreadPool, 4 workers" in pool.get_text()
    heads = [th.get_text() for th in pool.select("th")]
    nums = [td.get_text() for td in pool.select("td")]
    assert heads == ["pending", "running", "done"] and nums[:2] == ["0", "0"] and int(nums[2]) > 0
    (fut,) = out("single := executor.NewThreadPool(1)")
    assert [td.get_text() for td in fut.select("td")][1:] == ["gcd", "finished", "1"]
    cmp = out("cmp", exact=True)
    chart = svg_of_img(str(cmp[0]))
    assert ">serial</text>" in chart and ">thread pool</text>" in chart and "textLength=" in chart
    (frag,) = out("Fragile{}")
    assert "String exploded" in frag.get_text()

    # Math renders offline: nbconvert points at Debian's MathJax, which
    # Chromium runs from the disk (no network) into CommonHTML markup.
    assert '<script src="file://%s' % MATHJAX in html and os.path.exists(MATHJAX)
    dom = subprocess.run(CHROMIUM + ["--user-data-dir=%s" % (tmp_path / "profile"), "--virtual-time-budget=15000",
                                     "--dump-dom", "file://%s" % (tmp_path / "display.html")],
                         check=True, capture_output=True, text=True, timeout=120).stdout
    _, dcells = rendered_cells(dom)
    (tex_dom,) = [o for src, o in dcells if src.strip().startswith("display.LaTeX(")]
    assert tex_dom[0].select_one(".mjx-chtml .mjx-mfrac") is not None, str(tex_dom[0])[:500]
