"""Quantities, as Duckling's dimensions: numbers; money and percent on numbers; dates on numbers; the
`az_money` component that runs them all; blocking of their tokens for the statistical ner."""
