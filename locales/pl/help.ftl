# Pomoc.

help-participant = Tu można napisać albo nagrać wiadomość – dostanie ją opiekun grupy. Inne sprawy: proszę nacisnąć przycisk poniżej.
help-facilitator = Tutaj przychodzą wiadomości od uczestników. Aby odpowiedzieć, proszę nacisnąć „Odpowiedz” pod wiadomością. Proszę wysłać „menu”, aby zobaczyć narzędzia.
