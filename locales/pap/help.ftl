# Yudansa.

help-participant = Bo por manda un mensahe òf un mensahe di bos aki: bo guia di grupo ta hañ'é. Primi riba un boton aki bou pa mas.
help-facilitator = Mensahenan di bo miembronan ta yega aki. Primi "Kontestá" bou di un mensahe pa kontestá. Manda "menu" pa mira kiko bo por hasi.
