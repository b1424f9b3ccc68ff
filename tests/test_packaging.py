"""The wheel carries all package data; the version comes from the package metadata.

The wheel is built once per session from a copy of the source tree (so the working tree
gets no build/ or egg-info folders), without build isolation: setuptools and build come
from the [dev] extra. Installing the wheel into a fresh venv is a CI step (.ci/run).
"""

from __future__ import annotations

import ast
import importlib.metadata
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from reader import __version__

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "reader", "resources")
ICON_SIZES = (16, 32, 48, 64, 128, 256)


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> frozenset[str]:
    """Names of every file in a wheel freshly built from this source tree."""
    tree = tmp_path_factory.mktemp("src")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=ignore)
        else:
            shutil.copy2(source, tree / name)
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "build", "--wheel", "--no-isolation", "-o", str(out), "."]
    done = subprocess.run(command, cwd=tree, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    (wheel,) = out.glob("crossread-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return frozenset(archive.namelist())


def _project_version() -> str:
    """The version pyproject.toml builds with: the one written in reader/__init__.py."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "reader.__version__"}
    tree = ast.parse((ROOT / "reader" / "__init__.py").read_text(encoding="utf-8"))
    values = [
        node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and [getattr(t, "id", None) for t in node.targets] == ["__version__"]
        and isinstance(node.value, ast.Constant)
    ]
    assert len(values) == 1, "reader/__init__.py must assign __version__ one literal string"
    return str(values[0])


@pytest.mark.slow
def test_wheel_has_sample_pair(wheel_names: frozenset[str]) -> None:
    samples = sorted(p.name for p in (ROOT / "resources" / "sample").iterdir() if p.is_file())
    assert len(samples) == 2
    for name in samples:
        assert f"reader/resources/sample/{name}" in wheel_names


@pytest.mark.slow
def test_wheel_has_tokenizer_and_model_licence(wheel_names: frozenset[str]) -> None:
    assert "reader/resources/model/tokenizer.json" in wheel_names
    assert "reader/resources/model/LICENSE-all-MiniLM-L6-v2.txt" in wheel_names


@pytest.mark.slow
def test_wheel_has_icons(wheel_names: frozenset[str]) -> None:
    assert "reader/resources/icons/crossread.svg" in wheel_names
    for size in ICON_SIZES:
        assert f"reader/resources/icons/hicolor/{size}x{size}/apps/crossread.png" in wheel_names


@pytest.mark.slow
def test_wheel_has_type_marker(wheel_names: frozenset[str]) -> None:
    assert "reader/py.typed" in wheel_names


@pytest.mark.slow
def test_wheel_has_every_tracked_resource(wheel_names: frozenset[str]) -> None:
    resources = ROOT / "resources"
    wanted = {
        "reader/resources/" + path.relative_to(resources).as_posix()
        for path in resources.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }
    assert wanted - wheel_names == set()


@pytest.mark.slow
def test_wheel_has_licence_and_entry_point(wheel_names: frozenset[str]) -> None:
    info = f"crossread-{_project_version()}.dist-info"
    assert f"{info}/licenses/LICENSE" in wheel_names
    assert f"{info}/entry_points.txt" in wheel_names


@pytest.mark.slow
def test_wheel_leaves_out_tests_and_packaging(wheel_names: frozenset[str]) -> None:
    tops = {name.split("/", 1)[0] for name in wheel_names}
    assert tops == {"reader", f"crossread-{_project_version()}.dist-info"}


def test_version_is_the_installed_metadata() -> None:
    assert __version__ == importlib.metadata.version("crossread")


def test_installed_metadata_matches_pyproject() -> None:
    assert importlib.metadata.version("crossread") == _project_version()


def _desktop_entry() -> dict[str, str]:
    text = (ROOT / "packaging" / "crossread.desktop").read_text(encoding="utf-8")
    pairs = (line.split("=", 1) for line in text.splitlines() if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def test_desktop_entry_runs_console_script_with_icon() -> None:
    entry = _desktop_entry()
    assert (entry["Exec"], entry["Icon"]) == ("crossread %F", "crossread")


def test_metainfo_latest_release_is_project_version() -> None:
    metainfo = ROOT / "packaging" / "io.github.crossread.Crossread.metainfo.xml"
    release = ElementTree.parse(metainfo).getroot().find("releases/release")
    assert release is not None
    assert release.get("version") == _project_version()


def test_metainfo_launches_the_desktop_entry() -> None:
    metainfo = ROOT / "packaging" / "io.github.crossread.Crossread.metainfo.xml"
    launchable = ElementTree.parse(metainfo).getroot().findtext("launchable")
    assert launchable == "crossread.desktop"
