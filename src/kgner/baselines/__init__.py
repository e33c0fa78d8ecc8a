"""Other NER systems scored beside kgner on the same texts."""
