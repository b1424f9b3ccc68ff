"""A speaker's name after a possessive and a kin or role noun, which describe the
speaker: "Ihre Schwester Maria Braun", "Sein Anwalt Peter Müller", "Ihr Sprecher Hans
Meier", "Seine Frau Anna", "Her Sister Maria Braun". German capitalises the noun, so a
run of capitals read the three words as one name when the sentence was not read as
German (a side too short to tell its language); the speaker is the name after them."""

from __future__ import annotations

# possessive determiners opening a description: German, English, French, Spanish,
# Italian, Portuguese
POSSESSIVES = frozenset(
    """
    ihr ihre ihres ihrem ihren ihrer sein seine seines seinem seinen seiner unser unsere
    unseres unserem unseren unserer mein meine meines meinem meinen meiner euer eure
    her his their our my
    sa son ses leur leurs su sus suo sua suoi sue seu seus suas
    """.split()  # noqa: SIM905
)


def without_description(name: str) -> str:
    """``name`` without a possessive and the noun after it opening it, when a name is
    left: "Ihre Schwester Maria Braun" -> "Maria Braun", "Seine Frau Anna" -> "Anna";
    "Sein Anwalt" stays (no name after it)."""
    words = name.split(maxsplit=2)
    if len(words) > 2 and words[0].lower() in POSSESSIVES and words[2][:1].isupper():
        return words[2]
    return name


def description_only(name: str) -> bool:
    """``name`` is a possessive and a noun, no one's name: "Ihr Sprecher", "Seine Frau"."""
    words = name.split()
    return len(words) == 2 and words[0].lower() in POSSESSIVES
