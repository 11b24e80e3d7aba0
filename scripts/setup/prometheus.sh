# The real Prometheus server and promtool, from Debian. The package's own service is not used: the
# sandbox starts its own server on a free loopback port.
apt_install prometheus
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet prometheus 2>/dev/null; then
  systemctl stop prometheus || true
fi
echo "setup: $(prometheus --version 2>&1 | head -1)"
