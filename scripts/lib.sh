# Shared by scripts/main and scripts/test: find or install what they need.
# Jupyter comes from Debian's packages (run with /usr/bin/python3, not a
# python3 that may come first on PATH); the tests also use Chromium (to
# screenshot rendered notebooks), PIL (to look at the screenshots) and
# BeautifulSoup (to read the rendered HTML). Debian's MathJax makes the
# rendered HTML show math offline: Debian's nbconvert points at it. The
# browser test drives Debian's classic Notebook (jupyter-notebook) with
# puppeteer-core from npm (tests/browser), on Node.js (Debian's, where
# none is installed).

DEBIAN_PACKAGES="jupyter-client jupyter-console jupyter-nbconvert jupyter-notebook python3-nbclient python3-nbformat \
python3-ipykernel python3-zmq python3-jupyter-kernel-test python3-pytest python3-pytest-timeout \
python3-jupyter-server python3-pil python3-bs4 chromium libjs-mathjax fonts-mathjax"
MATHJAX=/usr/share/javascript/mathjax/MathJax.js

PY=/usr/bin/python3
export PATH="/usr/bin:$PATH"
export PYDEVD_DISABLE_FILE_VALIDATION=1

have_jupyter() {
	[ -x "$PY" ] && "$PY" -c 'import jupyter_client, nbclient, nbconvert, nbformat, notebook, pytest, jupyter_kernel_test, zmq, PIL, bs4' 2>/dev/null \
		&& [ -x /usr/bin/jupyter-console ] && [ -x /usr/bin/jupyter-nbconvert ] && [ -x /usr/bin/chromium ] && [ -f "$MATHJAX" ]
}

ensure_jupyter() {
	if have_jupyter; then
		return 0
	fi
	echo "== installing Jupyter from Debian's packages"
	apt_install $DEBIAN_PACKAGES
	have_jupyter
}

# apt_install installs Debian packages, as root or with sudo.
apt_install() {
	local sudo=""
	if [ "$(id -u)" != 0 ]; then
		if command -v sudo >/dev/null; then sudo="sudo"; else
			echo "need root (or sudo) to apt-get install: $*" >&2
			return 1
		fi
	fi
	$sudo apt-get update -q
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$@"
}

# ensure_browser_test installs what tests/test_browser.py runs: Node.js
# and npm (Debian's, unless a node is installed already) and the locked
# npm packages of tests/browser (puppeteer-core, which downloads no
# browser: the test uses Debian's chromium).
ensure_browser_test() {
	if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
		echo "== installing Node.js from Debian's packages"
		apt_install nodejs npm
	fi
	local dir
	dir="$(dirname "${BASH_SOURCE[0]}")/../tests/browser"
	# node_modules/.installed-lock: the lock file the packages came from
	if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.installed-lock" 2>/dev/null; then
		echo "== npm ci in tests/browser"
		(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-lock)
	fi
}

ensure_go() {
	if ! command -v go >/dev/null; then
		if [ -x /usr/local/go/bin/go ]; then
			export PATH="$PATH:/usr/local/go/bin"
		else
			echo "Go is not installed (https://go.dev/dl/); gofutures needs Go 1.26" >&2
			return 1
		fi
	fi
}
