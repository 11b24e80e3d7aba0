# Image builds and pushes for build-scan: podman (its Docker-compatible API service stands in for the Docker
# engine), Debian's docker-registry, and a docker CLI. The sandbox (sandbox/registry) starts its own
# registry and podman service with their own storage; the packages' services are not used.
# Podman runs as root here with the vfs storage driver, which needs no fuse, overlay or extra privileges,
# so of podman's recommends only catatonit (its init) is installed; crun, conmon and containers-common
# come as dependencies.
apt_install podman catatonit docker-registry
# The docker CLI: machines of this kind ship one in /usr/local/bin. Debian has it only in docker.io, which
# brings the daemon too (never started here: podman serves the API).
if ! command -v docker >/dev/null 2>&1; then
  apt_install docker.io
fi
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet docker-registry 2>/dev/null; then
  systemctl stop docker-registry || true
fi
echo "setup: $(podman --version), docker-registry $(dpkg-query -W -f='${Version}' docker-registry), $(docker --version)"
