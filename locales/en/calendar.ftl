# Calendar: the names of feasts, fasts and holidays, and the notes that go with them.

observance-public-holiday = public holiday
observance-school-holiday = school holiday
observance-ramadan = Ramadan
observance-eid-al-fitr = Eid al-Fitr
observance-eid-al-adha = Eid al-Adha
observance-christmas = Christmas
observance-easter = Easter
observance-orthodox-christmas = Orthodox Christmas
observance-orthodox-easter = Orthodox Easter
observance-keti-koti = Keti Koti
observance-divali = Diwali
observance-holi = Holi
observance-chinese-new-year = Chinese New Year
observance-all-saints = All Saints' Day
observance-custom = own date
observance-note-ramadan = 🌙 It is Ramadan: we meet as usual, but without a shared meal.
observance-note-school-holiday = 🏫 It is the school holidays, but we meet as usual.
observance-note-public-holiday = 🎉 It is a public holiday, but we meet as usual.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }
