"""Rule-based recognition and TIMEX3 normalisation of English time expressions.

Pipeline, one module per step:

- :mod:`.lexicon`, :mod:`.holidays`: the words (months, units, numbers, named days);
- :mod:`.grammar`: one compiled regex per family of expressions;
- :mod:`.triggers`, :mod:`.match`: where each rule can match, vetoes
  (:mod:`.filters`), and the choice among overlapping matches;
- :mod:`.absolute`, :mod:`.relative` (reading pieces with :mod:`.parts`): each match
  becomes a :class:`~.spec.Spec`, what was written before any anchoring;
- :mod:`.combine`: ranges ("from X to Y"), date + clock time, recurring dates;
- :mod:`.resolve`, :mod:`.years`, :mod:`.tense`, :mod:`.calendar`: anchoring on the
  reference date or on the date the text was last talking about;
- :mod:`.spans`: from a TIMEX3 value to the calendar span (:class:`~timeline_app.model.When`).
"""
