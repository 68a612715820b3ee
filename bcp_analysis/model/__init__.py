"""The model: a profile, a kwalificatiedossier and the 25 competencies as pandas tables, knowing no file format."""
