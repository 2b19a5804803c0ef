"""Everything that touches the encrypted vault. The only package with SQL in it."""
