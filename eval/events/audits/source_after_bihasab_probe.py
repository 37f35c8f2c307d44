"""Probe: is an event still reported when «بحسب» names an ordinary source? One sentence, 30 sources.

Written by the lead (session 2026-12-07b) to judge branch `attr61` (0a39cb2, not merged): on that code 7 of the 30
sources lost the report («المعارضة»، «الهلال الأحمر»، «المتظاهرين»، «رجال الإنقاذ»، «محامي العائلة»، «مدرب الفريق»،
«منتج الفيلم»); on main all 30 are reported. Run from the repository root:
    PYTHONPATH=. .venv/bin/python eval/events/audits/source_after_bihasab_probe.py
(with PYTHONPATH on a worktree of another commit to probe that code). Prints each source with the modality of the
sentence's events and, last, how many sources gave no reported event.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tests"))
from events_helpers import extract  # noqa: E402

SOURCES = (
    "منتج الفيلم|الناشط الحقوقي|ناشطين|شهود عيان|السكان|الأهالي|محامي العائلة|المرصد السوري|مدرب الفريق|أحد الجيران|"
    "مراسل الجزيرة|الطبيب المعالج|أقارب الضحية|المحللين|مراقبين|المعارضة|الأطباء|المسعفين|الصليب الأحمر|الأمم المتحدة|"
    "رجال الإنقاذ|الموقع الإلكتروني|التلفزيون الرسمي|الإعلام المحلي|المنظمة|الهلال الأحمر|مسعفين|صحفيين|المتظاهرين|"
    "رواية الشرطة"
).split("|")


def main() -> None:
    lost = []
    for source in SOURCES:
        doc = extract(f"وقتل ثلاثة أشخاص في هجوم على قرية شمال البلاد، بحسب {source}.")
        labels = [(e.type, e.modality) for e in doc.events]
        print(source, labels)
        if not any(m == "reported" for _, m in labels):
            lost.append(source)
    print(f"no reported event: {len(lost)} of {len(SOURCES)}", "، ".join(lost))


if __name__ == "__main__":
    main()
