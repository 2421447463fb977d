# Pomoc.

help-participant = Tutaj można wysłać wiadomość albo wiadomość głosową. Dostanie ją opiekun grupy. Więcej możliwości jest pod przyciskami poniżej.
help-facilitator = Tutaj przychodzą wiadomości od uczestników. Aby odpowiedzieć, proszę nacisnąć „Odpowiedz” pod wiadomością. Proszę wysłać „menu”, aby zobaczyć narzędzia.
