"""Writes a valid synthetic data dir: `python bench/synthetic.py N OUTDIR` (N generated papers, real families/domains/resources)."""
from __future__ import annotations

import random
import shutil
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Wei", "Jing", "Yu", "Xin", "Ana", "José", "Zoë", "Jürgen", "Ömer", "Łukasz", "Søren", "Chloé", "Kai",
         "Li", "Ming", "Sara", "Tomás", "Priya", "Hiroshi", "Min-Jun", "Olga", "François", "Nguyễn", "Ahmed"]
LAST = ["Wang", "Zhang", "Li", "Liu", "Chen", "Müller", "García", "Kowalski", "Søndergaard", "Öztürk", "Dubois",
        "Kim", "Park", "Tanaka", "Singh", "Ivanova", "Nguyen", "Hinton", "Smith", "Rossi", "Novák", "Yılmaz"]
ADJ = ["Efficient", "Robust", "Contrastive", "Adaptive", "Progressive", "Decoupled", "Curriculum", "Multi-Scale",
       "Data-Free", "Online", "Self-Supervised", "Cross-Modal", "Lightweight", "Hierarchical", "Probabilistic"]
NOUN = ["Knowledge Distillation", "Feature Mimicking", "Logit Matching", "Relation Transfer", "Teacher Assistants",
        "Student Networks", "Mutual Learning", "Attention Transfer", "Model Compression", "Label Smoothing"]
TASK = ["Image Classification", "Object Detection", "Semantic Segmentation", "Language Models", "Speech Recognition",
        "Recommendation", "Graph Neural Networks", "Reinforcement Learning", "Medical Imaging", "BERT", "ImageNet"]
VENUES = ["arXiv"] * 6 + ["CVPR"] * 3 + ["ECCV", "ICCV", "NeurIPS", "ICLR", "AAAI", "ICML", "TPAMI", "TIP",
                                         "EMNLP", "ACL", "Pattern Recognition", "CVPR Workshops", "KDD"]


def generate(n: int, data_dir: Path, seed: int = 1) -> list[dict]:
    """The n paper mappings (valid against the papers schema and rules), deterministic for a seed."""
    rng = random.Random(seed)
    families = [f["id"] for f in yaml.safe_load((data_dir / "families.yml").read_text(encoding="utf-8"))]
    domains = [d["id"] for d in yaml.safe_load((data_dir / "domains.yml").read_text(encoding="utf-8"))]
    resources = yaml.safe_load((data_dir / "resources.yml").read_text(encoding="utf-8"))
    sources = [r["id"] for r in resources if r.get("kind") == "repository"]
    papers = []
    for i in range(n):
        year = rng.randint(2014, 2025)
        authors = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(1, 8))]
        title = f"{rng.choice(ADJ)} {rng.choice(NOUN)} for {rng.choice(TASK)}: Study {i + 1}"
        surname = "".join(ch for ch in authors[0].split()[-1].lower() if "a" <= ch <= "z") or "anon"
        paper = {
            "id": f"{surname}{year}syn{i}", "title": title, "authors": authors, "year": year,
            "venue": rng.choice(VENUES),
            "families": rng.sample(families, rng.choice([1, 1, 1, 2, 2, 3])),
            "domains": rng.sample(domains, rng.choice([0, 1, 1, 2])),
            "links": {"paper": f"https://example.org/papers/{i}", "arxiv": f"{year % 100:02d}{rng.randint(1, 12):02d}.{i:05d}"},
            "sources": rng.sample(sources, rng.randint(0, 2)),
            "added": "2026-11-27",
        }
        if rng.random() < 0.4:
            paper["links"]["code"] = [f"https://github.com/example/repo{i}"]
        if not paper["domains"]:
            del paper["domains"]
        papers.append(paper)
    return papers


def write_data_dir(n: int, out: Path, source: Path = ROOT / "data") -> Path:
    """Copy the definition files of source into out and write n generated papers under out/papers/."""
    out = Path(out)
    (out / "papers").mkdir(parents=True, exist_ok=True)
    for name in ("families.yml", "domains.yml", "resources.yml"):
        shutil.copy(source / name, out / name)
    by_file = defaultdict(list)
    for paper in generate(n, out):
        by_file[paper["families"][0]].append(paper)
    for stem, papers in by_file.items():
        text = yaml.safe_dump(papers, allow_unicode=True, sort_keys=False, width=200)
        (out / "papers" / f"{stem}.yml").write_text(text, encoding="utf-8")
    return out


def make_project(data_dir: Path, out: Path) -> Path:
    """A project folder that builds the real site (docs, hooks, mkdocs.yml linked in) over data_dir."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("docs", "hooks", "mkdocs.yml", "overrides"):
        if (ROOT / name).exists() and not (out / name).exists():
            (out / name).symlink_to(ROOT / name)
    if not (out / "data").exists():
        (out / "data").symlink_to(Path(data_dir).resolve())
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python bench/synthetic.py N OUTDIR")
    written = write_data_dir(int(sys.argv[1]), Path(sys.argv[2]))
    print(f"wrote {sys.argv[1]} papers under {written}")
