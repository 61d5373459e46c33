"""Rule-based recognition and TIMEX3 normalisation of English time expressions.

The grammar (:mod:`.grammar`) finds candidate spans, :mod:`.interpret` turns each match
into a :class:`~.spec.Spec` (what was written, before any anchoring), :mod:`.ranges`
joins "from X to Y" into one expression, and :mod:`.resolve` anchors relative ones on
the reference date or on the date the text was last talking about.
"""
