# Takvim: bayramların, oruç ayının ve tatillerin adları, ve bunlarla ilgili notlar.

observance-public-holiday = resmî tatil
observance-school-holiday = okul tatili
observance-ramadan = Ramazan
observance-eid-al-fitr = Ramazan Bayramı
observance-eid-al-adha = Kurban Bayramı
observance-christmas = Noel
observance-easter = Paskalya
observance-orthodox-christmas = Ortodoks Noeli
observance-orthodox-easter = Ortodoks Paskalyası
observance-keti-koti = Keti Koti
observance-divali = Divali
observance-holi = Holi
observance-chinese-new-year = Çin Yeni Yılı
observance-all-saints = Azizler Günü
observance-custom = özel tarih
observance-note-ramadan = 🌙 Ramazan ayındayız: buluşmamız her zamanki gibi, ama ortak yemek yok.
observance-note-school-holiday = 🏫 Okul tatili var, ama her zamanki gibi buluşuyoruz.
observance-note-public-holiday = 🎉 Bugün resmî tatil, ama her zamanki gibi buluşuyoruz.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }
