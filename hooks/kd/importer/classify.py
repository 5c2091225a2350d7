"""First-guess classification of merged papers into families, domains and tags, from source headings that name a
family and from title keywords; the per-paper review (reviewed.yml) decides the families of every paper it holds."""
from __future__ import annotations

import re

from .merge import MergedPaper

# source heading (casefolded) -> families, domains, tags it is evidence for
SECTION_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # FLHonker
    "knowledge from logits": (("logits",), (), ()),
    "knowledge from intermediate layers": (("feature",), (), ()),
    "graph-based": (("graph",), (), ()),
    # mixes mutual-information methods (CRD, VID) with online ones: not a family
    "mutual information & online learning": ((), (), ()),
    "self-kd": (("self",), (), ()),
    "structural knowledge": (("relation",), (), ()),
    "privileged information": ((), (), ("privileged-information",)),
    "kd + gan": (("adversarial",), (), ()),
    "kd + meta-learning": ((), (), ("meta-learning",)),
    "data-free kd": (("data-free",), (), ()),
    "kd + automl": (("nas",), (), ()),
    "kd + rl": ((), ("rl",), ()),
    "kd + self-supervised": ((), (), ("self-supervised",)),
    "multi-teacher and ensemble kd": (("multi-teacher",), (), ()),
    "knowledge amalgamation（ka) - zju-vipa": (("multi-teacher",), (), ()),
    "for nlp & data-mining": ((), ("nlp",), ()),
    "for recsys": ((), ("recsys",), ()),
    # IPL-sharif
    "logit-based distillation": (("logits",), (), ()),
    "feature-based distillation": (("feature",), (), ()),
    "similarity-based distillation": (("relation",), (), ()),
    "online distillation": (("online",), (), ()),
    "self-distillation": (("self",), (), ()),
    "attention distillation": (("attention",), (), ()),
    "adversarial distillation": (("adversarial",), (), ()),
    "adversarial data-free distillation": (("data-free",), (), ()),
    "diffusion distillation": ((), ("vision-other",), ("diffusion",)),
    "multi-teacher distillation": (("multi-teacher",), (), ()),
    "cross-modal distillation": (("cross-modal",), (), ()),
    "graph-based distillation": (("graph",), (), ()),
    "relational knowledge distillation via graph": (("relation",), (), ()),
    "graph neural network distillation": ((), ("graph-mining",), ()),
    "contrastive distillation": ((), (), ("contrastive",)),
    "large language models": ((), ("llm",), ()),
    "vision-language models (vlms)": ((), (), ("vision-language",)),
    "open-vocabulary object detection": ((), ("detection",), ()),
    "open-vocabulary semantic segmentation": ((), ("segmentation",), ()),
    "open-vocabulary part segmentation": ((), ("segmentation",), ()),
    "weakly supervised semantic segmentation": ((), ("segmentation",), ()),
    "segment anything (sam)": ((), ("segmentation",), ()),
    "polyp segmentation": ((), ("medical", "segmentation"), ()),
    "vision transformers": ((), ("image-classification",), ("vision-transformer",)),
    "self-supervised learning": ((), (), ("self-supervised",)),
    "diffusion models": ((), ("vision-other",), ("diffusion",)),
    "object detection": ((), ("detection",), ()),
    "3d object detection": ((), ("detection",), ()),
    "super resolution": ((), ("vision-other",), ()),
    "image segmentation": ((), ("segmentation",), ()),
    "semantic segmentation": ((), ("segmentation",), ()),
    "depth estimation": ((), ("vision-other",), ()),
    "medical image analysis": ((), ("medical",), ()),
    "object tracking": ((), ("vision-other",), ()),
    "face recognition": ((), ("vision-other",), ()),
    "action recognition": ((), ("vision-other",), ()),
    "pose estimation": ((), ("vision-other",), ()),
    "image retrieval": ((), ("vision-other",), ()),
    "3d input": ((), ("vision-other",), ("3d",)),
    "multi-view": ((), ("vision-other",), ("3d",)),
    "text": ((), ("nlp",), ()),
    "speech": ((), ("speech",), ()),
    "video": ((), ("vision-other",), ("video",)),
    # Tebmer (the whole list is about large language models)
    "kd algorithms": ((), ("llm",), ()),
    "skill distillation": ((), ("llm",), ()),
    "verticalization distillation": ((), ("llm",), ()),
    # output divergences (response-based) and hidden-state similarity (feature-based) together: not a family
    "divergence and similarity": ((), (), ()),
    "feature": (("feature",), (), ()),
    "self-knowledge": (("self",), (), ()),
    # multimodal LLMs distilled within one modality as often as across: not the cross-modal family
    "multi-modality": ((), (), ()),
    "medical & healthcare": ((), ("medical",), ()),
    "recommendation": ((), ("recsys",), ()),
    "encoder-based kd": ((), ("nlp",), ()),
}

# title keyword patterns (case-insensitive) -> family / domain / tag
FAMILY_KEYWORDS = {
    "attention": r"attention[- ](transfer|distil|map|guided|based)|attentive (knowledge|distil|feature)|"
                 r"(self|cross|co)-attention distil|attention (knowledge|feature)|paying more attention",
    "feature": r"\bfeatures?\b|\bhints?\b|intermediate|fitnets?|activation boundar|neuron selectivity|"
               r"factor transfer|internal representation|representation distil|feature map|channel distil|"
               r"channel-wise|layer-wise|mimick?",
    "relation": r"relation|similarit|correlation|affinity|structured knowledge|structural knowledge|pairwise|"
                r"cross sample|inter-sample|instance relationship|topology|\bgeometr",
    "online": r"\bmutual|\bonline\b|collaborative (learning|distill|teacher|training)|co-distill|codistill|\bpeers?\b|"
              r"on-the-fly|deep mutual",
    "self": r"self[- ]?distil|self-knowledge|self knowledge|be your own teacher|teacher-free|self-kd|"
            r"born[- ]again",
    "adversarial": r"adversarial|\bgans?\b|generative adversarial|discriminator|stylegan|biggan",
    "data-free": r"data[- ]free|zero[- ]shot knowledge (distill|transfer)|no observable data|deepinversion|"
                 r"model inversion|dream distill|data-independent|without (training )?data|datafree",
    "quantized": r"quanti[sz]|\bbinar(y|ized|ised)\b|low[- ]bit|low-precision|ternary|bit-?width|full-precision",
    "lifelong": r"incremental|continual|lifelong|catastrophic forgetting|without forgetting",
    "nas": r"architecture search|\bnas\b|automl|neural architecture|search to distill|once-for-all|"
           r"architecture selection",
    "cross-modal": r"cross[- ]?modal|multi-?modal|modality|modalities|audio-visual|audiovisual|vision-language|"
                   r"vision and language|visual-linguistic|image-text|rgb-d|lidar|radar|lip reading",
    "graph": r"\bgraphs?\b|\bgnns?\b|\bgcns?\b|graph convolution",
    "multi-teacher": r"ensemble|multi[- ]?teacher|multiple teachers|multiple experts|amalgamat|dual[- ]teacher|"
                     r"several teachers|teachers'? ensemble|multi-model|multiple (large )?language models",
    "logits": r"logit|soft[- ](target|label)|label smoothing|temperature|dark knowledge|kullback|\bkl\b|"
              r"decoupled knowledge distillation|teacher assistant|label refine|sequence-level|"
              r"distilling the knowledge in a neural network|response-based|output distribution",
}
DOMAIN_KEYWORDS = {
    "llm": r"large language model|\bllms?\b|chatgpt|gpt-?[34]|llama|alpaca|vicuna|chain-of-thought|"
           r"instruction[- ]tun|\bslms?\b|small language model|reasoning.*(small|student)|rationale",
    "nlp": r"\bbert\b|\w+bert\b|language model|language understanding|machine translation|\bnmt\b|\btext\b|"
           r"sentence|summari[sz]|question answering|dialog|\bner\b|named entity|word embed|natural language|"
           r"\bnlp\b|dependency parsing|relation extraction|sequence labeling|multilingual|cross-lingual|"
           r"chat-?bots?|passage retrieval|document retrieval|transformer-based language|minilm|"
           r"language processing|lexical|tokeni[sz]",
    "speech": r"speech|speaker|acoustic|\basr\b|audio|spoken|voice|wavenet|text-to-speech|keyword spotting|\bsound",
    "recsys": r"recommend|\bctr\b|click-through|collaborative filtering|top-[nk]\b|pre-ranking|learning-to-rank|"
              r"ranking distillation|next-item|session-based|point-of-interest",
    "rl": r"reinforcement learning|policy distil|policy learning|actor-critic|atari|deep q|\bpolicies\b|"
          r"driving policy|imitation learning",
    "graph-mining": r"graph neural|\bgnns?\b|\bgcns?\b|graph convolutional|node classification|knowledge graph|"
                    r"graph representation|graph embedding|heterogeneous graph|link prediction|molecul|"
                    r"graph learning|graph mining",
    "medical": r"medical|\bmri\b|\bct\b|x-ray|patholog|cardiac|\bbrain\b|tumou?r|lesion|clinical|retina|polyp|"
               r"cervical|biomedic|ultrasound|health|radiolog|disease|surgical|endoscop|dermatolog|\becg\b|"
               r"\beeg\b|histolog|cancer|skin",
    "detection": r"detect|\bdetr\b|yolo|localization distillation|object localization",
    "segmentation": r"segment|scene parsing|matting",
    "image-classification": r"image classification|imagenet|image recognition|visual recognition|cifar|"
                            r"long-tail|fine-grained (visual )?(classification|recognition)|image classifiers?|"
                            r"vision transformers?|\bvits?\b",
    "vision-other": r"\bpose\b|super-resolution|super resolution|\bdepth\b|tracking|tracker|re-identification|"
                    r"\bre-?id\b|\bface\b|facial|\baction\b|video|optical flow|style transfer|image translation|"
                    r"image-to-image|dehaz|derain|denois|captioning|visual question|\bvqa\b|crowd counting|"
                    r"saliency|\b3d\b|point cloud|stereo|image generation|\bgans?\b|diffusion|stylegan|"
                    r"image retrieval|hashing|lane detection|autonomous driving|trajectory|gaze|sketch|"
                    r"image restoration|inpainting|low-light|image synthesis|visual grounding|person search|"
                    r"anomaly detection|text-to-image|image editing|radiance field|novel view|\bmvs\b|"
                    r"open-vocabulary|\bclip\b|vision-language|visual-linguistic|vision and language",
}
TAG_KEYWORDS = {
    "contrastive": r"contrastive",
    "self-supervised": r"self-supervis|self supervis",
    "semi-supervised": r"semi-supervis|semi supervis",
    "domain-adaptation": r"domain adapt|domain generali|cross-domain",
    "federated": r"federated",
    "vision-transformer": r"vision transformers?|\bvits?\b|\bdeit\b",
    "diffusion": r"diffusion",
    "robustness": r"robust",
    "few-shot": r"few-shot|few shot|one-shot",
}
_GNN = r"graph neural|\bgnns?\b|\bgcns?\b|graph convolution|knowledge graph"
_VISION_SPECIFIC = ("detection", "segmentation", "image-classification", "medical")


def _matches(patterns: dict[str, str], title: str) -> list[str]:
    return [key for key, pattern in patterns.items() if re.search(pattern, title, re.I)]


def classify(paper: MergedPaper) -> tuple[list[str], list[str], list[str]]:
    """Families, domains and tags: source headings first, then title keywords."""
    families: list[str] = []
    domains: list[str] = []
    tags: list[str] = []
    for candidate in paper.candidates:
        for heading in candidate.section:
            fams, doms, tgs = SECTION_RULES.get(heading.casefold(), ((), (), ()))
            families += fams
            domains += doms
            tags += tgs
    title = paper.title
    families += _matches(FAMILY_KEYWORDS, title)
    if "graph" in families and not re.search(_GNN, title, re.I):
        families.append("relation")  # a graph of samples or layers is relational knowledge
    if "attention" in families:
        families.append("feature")
    found = _matches(DOMAIN_KEYWORDS, title)
    if "llm" in found or "llm" in domains:
        found = [d for d in found if d != "nlp"]
        domains = [d for d in domains if d != "nlp"]
    if any(d in found or d in domains for d in _VISION_SPECIFIC) and "vision-other" in found:
        found.remove("vision-other")
    domains += found
    tags += _matches(TAG_KEYWORDS, title)
    return _unique(families), _unique(domains), _unique(tags)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
