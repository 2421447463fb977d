# Kalender: de namen van feestdagen, vastentijd en vakanties, en de notities die erbij horen.

observance-public-holiday = feestdag
observance-school-holiday = schoolvakantie
observance-ramadan = Ramadan
observance-eid-al-fitr = Suikerfeest
observance-eid-al-adha = Offerfeest
observance-christmas = Kerstmis
observance-easter = Pasen
observance-orthodox-christmas = Orthodox Kerstmis
observance-orthodox-easter = Orthodox Pasen
observance-keti-koti = Keti Koti
observance-divali = Divali
observance-holi = Holi
observance-chinese-new-year = Chinees Nieuwjaar
observance-all-saints = Allerheiligen
observance-custom = eigen datum
observance-note-ramadan = 🌙 Het is Ramadan: we komen gewoon samen, maar zonder gezamenlijke maaltijd.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }
