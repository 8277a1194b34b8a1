"""Small, well-known statistics for coaching: is a difference between two groups beyond chance?

One method is used everywhere: **Fisher's exact test** on a 2×2 table (a group of deals, how
many of them have a property, against another group).  It is exact for the small counts a sales
team has (no normal approximation), needs no assumptions beyond the counts, and gives the chance
of a split at least this uneven if the two groups did not differ at all.  A difference counts as
"beyond chance" when that chance is below :data:`LEVEL` divided by the number of comparisons
made at once (Bonferroni), so that looking at six steps does not find a bottleneck six times as
easily.  The Wilson interval says how sure a single percentage is.
"""

from __future__ import annotations

from math import comb, sqrt

LEVEL = 0.05  # 5 %: a split this uneven happens by chance less than once in twenty
Z95 = 1.959964  # the 95 % point of the normal distribution, for the Wilson interval


def _table_probabilities(row1: int, row2: int, col1: int) -> dict[int, float]:
    """P(top-left cell = k) for every possible k, with the margins fixed (hypergeometric)."""
    total = comb(row1 + row2, col1)
    low, high = max(0, col1 - row2), min(row1, col1)
    return {k: comb(row1, k) * comb(row2, col1 - k) / total for k in range(low, high + 1)}


def fisher_exact(a: int, b: int, c: int, d: int, alternative: str = "two-sided") -> float:
    """The p-value of Fisher's exact test for the table ``[[a, b], [c, d]]``.

    Rows are the two groups, columns "has the property" / "has not".  *alternative*:
    ``"two-sided"`` (the groups differ), ``"less"`` (the first group has the property less
    often), ``"greater"`` (more often).
    """
    if min(a, b, c, d) < 0:
        raise ValueError("counts cannot be negative")
    probabilities = _table_probabilities(a + b, c + d, a + c)
    if alternative == "less":
        p = sum(v for k, v in probabilities.items() if k <= a)
    elif alternative == "greater":
        p = sum(v for k, v in probabilities.items() if k >= a)
    elif alternative == "two-sided":
        observed = probabilities[a]
        # Tables as likely as the observed one or less; a relative tolerance against rounding.
        p = sum(v for v in probabilities.values() if v <= observed * (1 + 1e-7))
    else:
        raise ValueError(f"unknown alternative {alternative!r}")
    return min(1.0, p)


def beyond_chance(p_value: float, comparisons: int = 1) -> bool:
    """True when *p_value* is below the level shared among *comparisons* (Bonferroni)."""
    return p_value < LEVEL / max(1, comparisons)


def wilson(successes: int, n: int, z: float = Z95) -> tuple[float, float] | None:
    """The 95 % Wilson score interval of a proportion, or None without observations."""
    if n <= 0:
        return None
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def median(values: list[float]) -> float | None:
    """The middle value (the mean of the two middle ones for an even count)."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def percentile(values: list[float], share: float) -> float | None:
    """The value below which *share* of *values* lie (nearest rank, no interpolation)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-int(share * 1000) * len(ordered) // 1000))  # ceil(share × n)
    return ordered[min(rank, len(ordered)) - 1]
