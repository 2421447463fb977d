# Календар: имената на празници, пости и ваканции и бележките към тях.

observance-public-holiday = холандски празник
observance-school-holiday = училищна ваканция
observance-ramadan = Рамазан
observance-eid-al-fitr = Рамазан Байрам
observance-eid-al-adha = Курбан Байрам
observance-christmas = Коледа
observance-easter = Католически Великден
observance-orthodox-christmas = Коледа по стар стил
observance-orthodox-easter = Православен Великден
observance-keti-koti = Кети Коти
observance-divali = Дивали
observance-holi = Холи
observance-chinese-new-year = Китайска нова година
observance-all-saints = Ден на всички светии
observance-custom = собствена дата
observance-note-ramadan = 🌙 Рамазан е: срещаме се както обикновено, но без обща трапеза.
observance-note-school-holiday = 🏫 Има училищна ваканция, но се срещаме както обикновено.
observance-note-public-holiday = 🎉 Днес е празник, но се срещаме както обикновено.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }
