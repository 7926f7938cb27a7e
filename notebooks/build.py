#!/usr/bin/python3
"""Writes the tutorial notebooks of this directory from one source.

    /usr/bin/python3 notebooks/build.py

The first tutorial exists in English and in Chinese (the language of the
tutorial it retells); both are generated from the cells below, which share
their Go code, so the two stay in step. Markdown cells carry both texts;
code cells are the same in both, except for the few strings marked «key»,
which come from STRINGS. The notebooks are written without outputs: the
tests and scripts/main execute them.
"""
import os
import sys

sys.dont_write_bytecode = True

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = os.path.dirname(os.path.abspath(__file__))

SEED_URL = "https://www.cnblogs.com/01black-white/p/15542151.html"

# The seed's gcd and its six pairs in Go, as every notebook (and the
# compiled program the tutorial runs beside it) declares them.
GCD_GO = """func gcd(pair [2]int) int {
	a, b := pair[0], pair[1]
	low := a
	if b < low {
		low = b
	}
	for i := low; i > 0; i-- {
		if a%i == 0 && b%i == 0 {
			return i
		}
	}
	return 1
}

var numbers = [][2]int{
	{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293},
}
"""

STRINGS = {
    "en": {
        "state": "running: %v, done: %v",
        "divider": "#### divider ####",
    },
    "zh": {
        "state": "执行中:%v, 已完成:%v",
        "divider": "#### 分界线 ####",
    },
}


def md(en, zh=None, tags=None):
    return {"kind": "md", "en": en, "zh": zh, "tags": tags}


def code(src, tags=None):
    return {"kind": "code", "src": src, "tags": tags}


def render(cells, lang):
    nb = new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "gofutures", "display_name": "Go (gofutures)", "language": "go"},
        "language_info": {"name": "go", "file_extension": ".go", "mimetype": "text/x-go"},
    }
    for c in cells:
        if c["kind"] == "md":
            text = c[lang] if c.get(lang) else c["en"]
            cell = new_markdown_cell(text.strip("\n"))
        else:
            src = c["src"].strip("\n")
            for k, v in STRINGS[lang].items():
                src = src.replace("«%s»" % k, v)
            assert "«" not in src, src
            cell = new_code_cell(src)
        if c.get("tags"):
            cell.metadata["tags"] = list(c["tags"])
        nb.cells.append(cell)
    for i, cell in enumerate(nb.cells):
        cell["id"] = "c%02d" % i
    nbformat.validate(nb)
    return nb


def write(name, nb):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        nbformat.write(nb, f)
    print("wrote", os.path.relpath(path))


def main():
    from src_tutorial import TUTORIAL
    from src_beyond import BEYOND

    write("01-concurrent-futures.ipynb", render(TUTORIAL, "en"))
    write("01-concurrent-futures.zh.ipynb", render(TUTORIAL, "zh"))
    write("02-beyond-the-tutorial.ipynb", render(BEYOND, "en"))
    write("02-beyond-the-tutorial.zh.ipynb", render(BEYOND, "zh"))


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    main()
