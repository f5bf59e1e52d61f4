print nosuch;
