# Kalender: e nòmbernan di fiesta, yuna i vakansi, i e notanan ku ta bai huntu ku nan.

observance-public-holiday = dia di fiesta
observance-school-holiday = vakansi di skol
observance-ramadan = Ramadan
observance-eid-al-fitr = Eid al-Fitr
observance-eid-al-adha = Eid al-Adha
observance-christmas = Pasku
observance-easter = Pasku di Resurekshon
observance-orthodox-christmas = Pasku ortodoks
observance-orthodox-easter = Pasku di Resurekshon ortodoks
observance-keti-koti = Keti Koti
observance-divali = Divali
observance-holi = Holi
observance-chinese-new-year = Aña Nobo Chines
observance-all-saints = Dia di Tur Santu
observance-custom = fecha propio
observance-note-ramadan = 🌙 Ta Ramadan: nos ta topa manera semper, ma sin kome huntu.
observance-note-school-holiday = 🏫 Ta vakansi di skol, pero nos ta topa manera semper.
observance-note-public-holiday = 🎉 Ta un dia di fiesta, pero nos ta topa manera semper.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }
