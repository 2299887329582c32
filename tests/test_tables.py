"""tables: the one loader of pipeline/data/ reads headered TSVs; every data table has a header."""
from __future__ import annotations

import pytest

from pipeline.tables import DATA_DIR, read_tsv


def test_header_comments_blank_lines_and_short_rows(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text('# a comment\n\nword\tcount\tnote\n"quoted"\t2\n# another\nx\t1\tfine\n', encoding="utf-8")
    assert read_tsv(path) == [{"word": '"quoted"', "count": "2", "note": None},
                              {"word": "x", "count": "1", "note": "fine"}]


@pytest.mark.parametrize("path", sorted(p.relative_to(DATA_DIR) for p in DATA_DIR.rglob("*.tsv")), ids=str)
def test_every_data_table_has_a_header_and_rows(path):
    rows = read_tsv(path)
    assert rows
    header = list(rows[0])
    assert all(name and name == name.strip() and " " not in name for name in header)
    assert all(None not in row for row in rows), "a row with more fields than the header"
