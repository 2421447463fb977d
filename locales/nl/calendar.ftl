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
observance-note-ramadan = 🌙 Het is ramadan. We komen gewoon samen, maar we eten niet samen.
observance-note-school-holiday = 🏫 Het is schoolvakantie, maar we komen gewoon samen.
observance-note-public-holiday = 🎉 Het is een feestdag, maar we komen gewoon samen.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }
