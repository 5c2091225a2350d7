"""The venue table: whether a venue short name is a conference, a journal or a preprint server, and its full name."""
from __future__ import annotations

import re

CONFERENCE, JOURNAL, PREPRINT, OTHER = "conference", "journal", "preprint", "other"
KINDS = (CONFERENCE, JOURNAL, PREPRINT, OTHER)

CONFERENCES = {
    "3DV": "International Conference on 3D Vision",
    "AAAI": "AAAI Conference on Artificial Intelligence",
    "ACCV": "Asian Conference on Computer Vision",
    "ACL": "Annual Meeting of the Association for Computational Linguistics",
    "ACM MM": "ACM International Conference on Multimedia",
    "ACMM": "ACM International Conference on Multimedia",
    "AISTATS": "International Conference on Artificial Intelligence and Statistics",
    "BMVC": "British Machine Vision Conference",
    "CIKM": "ACM International Conference on Information and Knowledge Management",
    "ACM CIKM": "ACM International Conference on Information and Knowledge Management",
    "COLING": "International Conference on Computational Linguistics",
    "COLT": "Conference on Learning Theory",
    "CoNLL": "Conference on Computational Natural Language Learning",
    "COLM": "Conference on Language Modeling",
    "CoRL": "Conference on Robot Learning",
    "CVPR": "IEEE/CVF Conference on Computer Vision and Pattern Recognition",
    "EACL": "Conference of the European Chapter of the Association for Computational Linguistics",
    "ECAI": "European Conference on Artificial Intelligence",
    "ECCV": "European Conference on Computer Vision",
    "ECIR": "European Conference on Information Retrieval",
    "EMNLP": "Conference on Empirical Methods in Natural Language Processing",
    "ICASSP": "IEEE International Conference on Acoustics, Speech and Signal Processing",
    "ICCV": "IEEE/CVF International Conference on Computer Vision",
    "ICDM": "IEEE International Conference on Data Mining",
    "ICIP": "IEEE International Conference on Image Processing",
    "ICLR": "International Conference on Learning Representations",
    "ICME": "IEEE International Conference on Multimedia and Expo",
    "ICML": "International Conference on Machine Learning",
    "ICMR": "ACM International Conference on Multimedia Retrieval",
    "ICPP": "International Conference on Parallel Processing",
    "ICPR": "International Conference on Pattern Recognition",
    "ICRA": "IEEE International Conference on Robotics and Automation",
    "IEEE ICRA": "IEEE International Conference on Robotics and Automation",
    "IJCAI": "International Joint Conference on Artificial Intelligence",
    "IJCNN": "International Joint Conference on Neural Networks",
    "Interspeech": "Interspeech",
    "IROS": "IEEE/RSJ International Conference on Intelligent Robots and Systems",
    "ISBI": "IEEE International Symposium on Biomedical Imaging",
    "ISMIR": "International Society for Music Information Retrieval Conference",
    "KDD": "ACM SIGKDD Conference on Knowledge Discovery and Data Mining",
    "MICCAI": "International Conference on Medical Image Computing and Computer-Assisted Intervention",
    "MIDL": "Medical Imaging with Deep Learning",
    "NAACL": "Conference of the North American Chapter of the Association for Computational Linguistics",
    "NeurIPS": "Advances in Neural Information Processing Systems",
    "RecSys": "ACM Conference on Recommender Systems",
    "SDM": "SIAM International Conference on Data Mining",
    "SIGIR": "International ACM SIGIR Conference on Research and Development in Information Retrieval",
    "SIGMOD": "ACM SIGMOD International Conference on Management of Data",
    "UAI": "Conference on Uncertainty in Artificial Intelligence",
    "WACV": "IEEE/CVF Winter Conference on Applications of Computer Vision",
    "WSDM": "ACM International Conference on Web Search and Data Mining",
    "ACM WSDM": "ACM International Conference on Web Search and Data Mining",
    "WWW": "The ACM Web Conference",
    "AICAS": "IEEE International Conference on Artificial Intelligence Circuits and Systems",
    "CBMI": "International Conference on Content-Based Multimedia Indexing",
    "EEE/RSJ IROS": "IEEE/RSJ International Conference on Intelligent Robots and Systems",
    "FSKD": "International Conference on Fuzzy Systems and Knowledge Discovery",
    "HPEC": "IEEE High Performance Extreme Computing Conference",
    "ICIC": "International Conference on Intelligent Computing",
    "IEEE SLT": "IEEE Spoken Language Technology Workshop",
    "IEEE WASPAA": "IEEE Workshop on Applications of Signal Processing to Audio and Acoustics",
    "IJCB": "IEEE International Joint Conference on Biometrics",
    "ISCAS": "IEEE International Symposium on Circuits and Systems",
    "ISCSLP": "International Symposium on Chinese Spoken Language Processing",
    "ISNN": "International Symposium on Neural Networks",
    "IWBF": "International Workshop on Biometrics and Forensics",
    "KSEM": "International Conference on Knowledge Science, Engineering and Management",
    "MVIP": "International Conference on Machine Vision and Image Processing",
    "PMLR": "Proceedings of Machine Learning Research",
    "PRCV": "Chinese Conference on Pattern Recognition and Computer Vision",
    "WISE": "International Conference on Web Information Systems Engineering",
}

JOURNALS = {
    "Applied Intelligence": "Applied Intelligence",
    "Applied Sciences": "Applied Sciences",
    "Biomedical Signal Processing and Control": "Biomedical Signal Processing and Control",
    "CVIU": "Computer Vision and Image Understanding",
    "Elsevier CVIU": "Computer Vision and Image Understanding",
    "Digital Signal Processing": "Digital Signal Processing",
    "Electronics": "Electronics",
    "Energies": "Energies",
    "Engineering Applications of Artificial Intelligence": "Engineering Applications of Artificial Intelligence",
    "Frontiers of Computer Science": "Frontiers of Computer Science",
    "Future Generation Computer Systems": "Future Generation Computer Systems",
    "IEEE JSTSP": "IEEE Journal of Selected Topics in Signal Processing",
    "IJMLC": "International Journal of Machine Learning and Cybernetics",
    "IJPRAI": "International Journal of Pattern Recognition and Artificial Intelligence",
    "Image and Vision Computing": "Image and Vision Computing",
    "Information Sciences": "Information Sciences",
    "Information Science": "Information Sciences",
    "Knowledge-Based Systems": "Knowledge-Based Systems",
    "Mathematics": "Mathematics",
    "Multimedia Systems": "Multimedia Systems",
    "Multimedia Tools and Applications": "Multimedia Tools and Applications",
    "Nature": "Nature",
    "PlosOne": "PLOS ONE",
    "Sensors": "Sensors",
    "Visual Intelligence": "Visual Intelligence",
    "ESWA": "Expert Systems with Applications",
    "IEEE Access": "IEEE Access",
    "IJCV": "International Journal of Computer Vision",
    "IVC": "Image and Vision Computing",
    "JMLR": "Journal of Machine Learning Research",
    "MTAP": "Multimedia Tools and Applications",
    "Neurocomputing": "Neurocomputing",
    "Neural Networks": "Neural Networks",
    "Pattern Recognition": "Pattern Recognition",
    "T-ITS": "IEEE Transactions on Intelligent Transportation Systems",
    "TACL": "Transactions of the Association for Computational Linguistics",
    "TCSVT": "IEEE Transactions on Circuits and Systems for Video Technology",
    "TIP": "IEEE Transactions on Image Processing",
    "TKDE": "IEEE Transactions on Knowledge and Data Engineering",
    "TMI": "IEEE Transactions on Medical Imaging",
    "TMLR": "Transactions on Machine Learning Research",
    "TMM": "IEEE Transactions on Multimedia",
    "TNNLS": "IEEE Transactions on Neural Networks and Learning Systems",
    "TOIS": "ACM Transactions on Information Systems",
    "TPAMI": "IEEE Transactions on Pattern Analysis and Machine Intelligence",
}

PREPRINTS = {"arXiv": "arXiv", "bioRxiv": "bioRxiv", "OpenReview": "OpenReview (submission not accepted)"}

# Venues the tables do not name are classified by the words in them.
_CONFERENCE_WORDS = re.compile(r"\b(conference|workshops?|symposium|proceedings|findings of|challenge|meeting)\b|W$",
                               re.IGNORECASE)
_JOURNAL_WORDS = re.compile(r"\b(journal|transactions|letters|magazine|review)\b|\btrans\.|^T-[A-Z]+$", re.IGNORECASE)


def venue_kind(venue: str) -> str:
    """conference, journal, preprint or other: from the tables first, then from the words of the name."""
    if venue in PREPRINTS:
        return PREPRINT
    if venue in CONFERENCES:
        return CONFERENCE
    if venue in JOURNALS:
        return JOURNAL
    if venue.endswith(" Workshops") and venue[: -len(" Workshops")] in CONFERENCES:
        return CONFERENCE
    if _CONFERENCE_WORDS.search(venue):
        return CONFERENCE
    if _JOURNAL_WORDS.search(venue):
        return JOURNAL
    return OTHER


def venue_full_name(venue: str) -> str:
    """The venue's full name for a citation (the short name itself when the tables do not know it)."""
    if venue.endswith(" Workshops") and venue[: -len(" Workshops")] in CONFERENCES:
        return CONFERENCES[venue[: -len(" Workshops")]] + " Workshops"
    return CONFERENCES.get(venue) or JOURNALS.get(venue) or PREPRINTS.get(venue) or venue


def is_unknown(venue: str) -> bool:
    """True for placeholder venues such as 'unknown' that should not be cited."""
    return venue.strip().casefold() in {"unknown", "n/a", "-", "?"}
