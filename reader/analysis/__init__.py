"""Document pair -> Alignment: segmentation, features, aligners and their combination.

Importing this package is quick: the aligner's modules load on the first ``align``.

``align`` is the one entry point: ``method`` is ``lexical`` (word, name and number
evidence only), ``semantic`` (the local sentence-embedding model mixed in; raises
ModelLoadError when the model cannot load) or ``auto`` (semantic when the model loads
and both articles are in English, else lexical with a notice on the Alignment).
"""

from __future__ import annotations

from reader.analysis.linking.select_params import SelectParams
from reader.analysis.progress import AlignmentCancelled, Cancelled, Progress
from reader.errors import ModelLoadError
from reader.model import Alignment, Document

METHODS = ("auto", "lexical", "semantic")

# Chosen by measurement (benchmarks/quality.py): lexical evidence alone needs a lower
# floor; with the model mixed in, its similarity carries paraphrases.
LEXICAL_PARAMS = SelectParams(
    floor=0.14, sure=0.2, top_k=3, ratio=0.5, context=0.25, gate_base=0.4, gate_step=0.1
)
SEMANTIC_PARAMS = SelectParams(
    floor=0.17,
    sure=0.4,
    top_k=2,
    ratio=0.5,
    context=0.25,
    gate_base=0.3,
    gate_step=0.1,
    idf_prior=100.0,
    # with the sentence model a pair's own score says what the model finds too: under
    # 0.15 of the floor, nothing ("This sentence shows that fraudsters cannot hide ...",
    # a detective's quotation, beside "The FBI's New Haven field office led the
    # investigation": 0.015 of its own, 0.19 with context, tests/data/pages/court_*); on
    # words alone a pair sharing one common word may still be one fact its neighbours
    # carry ("The actress who is known more for staggering around town ... checked into
    # rehab" / "The actress, 33, reportedly headed to a Malibu treatment facility", 1_4ecb
    # / 1_7ecb, a core link of the careful reader's held-out gold)
    own_share=0.15,
)
SEMANTIC_WEIGHT = 1.0

__all__ = [
    "METHODS",
    "AlignmentCancelled",
    "Cancelled",
    "Progress",
    "SelectParams",
    "align",
]


def align(
    a: Document,
    b: Document,
    *,
    method: str = "auto",
    min_score: float = 0.0,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
) -> Alignment:
    """Align ``a`` with ``b``; raises AlignmentCancelled, ModelLoadError (method semantic)."""
    if method not in METHODS:
        raise ValueError(f"unknown alignment method {method!r}; choose one of {METHODS}")
    # imported here: the sentence model can load on another thread while this imports
    from reader.analysis.pipeline import align as _align

    notices: tuple[str, ...] = ()
    language = _unread_language(a, b) if method in ("auto", "semantic") else None
    if language is not None and method == "auto":
        from reader.analysis.linking.relatedness import model_language_notice

        notices = (model_language_notice(language),)
    elif method in ("auto", "semantic"):
        from reader.analysis.linking.relatedness import ENGLISH_ONLY_MODEL, two_languages
        from reader.analysis.sentence_model.embedding import (
            DefaultModel,
            default_model_name,
            last_load_error,
        )
        from reader.analysis.sentence_model.model_source import DEFAULT_MODEL_NAME
        from reader.analysis.sentence_model.semantic import SemanticSimilarity

        name = default_model_name()
        if name is None:  # its files are missing: loading says why (or finds them back)
            from reader.analysis.sentence_model.embedding import default_embedder

            loaded = default_embedder()
            name = loaded.name if loaded is not None else None
        if name is not None:
            # loaded only if some sentence's vector is not kept from an earlier run
            model = DefaultModel(name)
            installed = name == DEFAULT_MODEL_NAME
            try:
                result = _align(
                    a,
                    b,
                    extra=[(SemanticSimilarity(model), SEMANTIC_WEIGHT)],
                    method="semantic",
                    min_score=min_score,
                    params=SEMANTIC_PARAMS,
                    progress=progress,
                    is_cancelled=is_cancelled,
                )
            except ModelLoadError as exc:
                if method == "semantic":
                    raise
                reason = exc.message
            else:
                result.timing_ms["model"] = model.load_ms
                if language is not None:  # chosen by hand all the same
                    return result.with_notices(
                        (
                            f"Both articles are in {language}, and the sentence model reads "
                            "only English: the scores of these links are unreliable; the "
                            "lexical method (Settings, or --method lexical) matches on shared "
                            "words, names and figures alone.",
                        )
                    )
                if installed and two_languages(a.text, b.text) is not None:
                    return result.with_notices((*result.notices, ENGLISH_ONLY_MODEL))
                return result
        else:
            reason = last_load_error() or "The sentence-embedding model is not available."
            if method == "semantic":
                raise ModelLoadError(reason)
        notices = (f"{reason} Matching uses words, names and numbers only.",)
    result = _align(
        a,
        b,
        method="lexical",
        min_score=min_score,
        params=LEXICAL_PARAMS,
        progress=progress,
        is_cancelled=is_cancelled,
    )
    return result.with_notices(notices) if notices else result


def _unread_language(a: Document, b: Document) -> str | None:
    """The language (or script) both articles are written in, when it is one and not
    English and the sentence model is the installed one: trained on English, it gives
    such a pair unreliable scores. A model folder the reader chose (Settings,
    ``--model-dir``) may be a multilingual one: it is trusted with any language."""
    from reader.analysis.linking.relatedness import told_language
    from reader.analysis.sentence_model.embedding import default_model_name
    from reader.analysis.sentence_model.model_source import DEFAULT_MODEL_NAME
    from reader.ingest.languages import main_language

    if default_model_name() not in (DEFAULT_MODEL_NAME, None):
        return None

    told = [told_language(a.text), told_language(b.text)]
    if told == [None, None]:  # two briefs: told together
        return told_language(f"{a.text}\n\n{b.text}") or None
    for k, text in enumerate((a.text, b.text)):
        other = told[1 - k]
        # a brief too short to tell beside an article in another language: the few
        # function words it has are enough to say it is in that language too
        if told[k] is None and other and main_language(text, minimum=BRIEF_WORDS) == other:
            told[k] = other
    return told[0] if told[0] and told[0] == told[1] else None


BRIEF_WORDS = 3
"""The function words of a brief that tell it is in its partner's language (an article
needs reader.analysis.linking.relatedness.MODEL_LANGUAGE_WORDS on its own)."""
