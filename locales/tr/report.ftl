# Finansörler ve koordinatörler için raporlar: rakamların adları, grafik, sohbetteki özet.

# Variables:
#   $name (string) - the group or organisation
report-title = Rapor: { $name }
# Variables:
#   $from (string) - first day
#   $to (string) - last day
report-period = Dönem: { $from } – { $to }
report-h-participants = Katılımcılar
report-at-start = Dönem başında
report-joined = Yeni katılanlar
report-left = Ayrılanlar (silinenler dahil)
report-erased = İstek üzerine ya da bir yıl sonra bilgileri silinenler
report-active = En az bir kez gelenler
report-at-end = Dönem sonunda
report-phone-only = Akıllı telefonu olmayanlar
report-stopped = Mesajları durduranlar (hâlâ üye)
report-helping = Aynı zamanda destek arkadaşı olan katılımcılar
report-h-volunteers = Gönüllüler
report-facilitators = Grup sorumluları
report-buddies = Destek arkadaşları (katılımcı değil)
report-h-sessions = Buluşmalar
report-planned = Planlanan
report-held = Yapılan (katılım kaydedildi)
report-cancelled = İptal edilen
report-moved = Başka güne alınan
report-h-activities = Yapılan etkinlikler
report-h-attendance = Katılım
report-present-total = Gelenler, bütün buluşmaların toplamı
report-average-rate = Ortalama katılım
report-retention = Hâlâ katılanlar (başlangıçta olanlardan)
report-h-follow-up = Gelmeyenlerin takibi
report-tasks-created = Görevler
report-reached = Ulaşıldı
report-not-reached = Ulaşılamadı
report-needs-help = Yardım gerekli
report-open = Hâlâ açık
report-h-co-creation = Dilekler ve oylamalar
report-wishes-rounds = Dilek turları
report-votes-held = Oylamalar
report-votes-decided = Sonuçlanan oylamalar
report-h-named = İsimlere göre katılım
report-chart-title = Her buluşmadaki katılım
report-chart-present = Gelenler
report-chart-expected = Beklenen (o günkü üyeler)
report-chart-people = Kişi
report-chart-average = Ortalama: { $average } kişi geldi ({ $rate })
report-none = yok
menu-report = Rapor
# Variables:
#   $group (string) - the group's name
report-ask-period = 📊 { $group } için rapor. Hangi dönem için?
report-period-3m = Son 3 ay
report-period-12m = Son 12 ay
report-period-year = Bu yıl
report-named-button = İsimlerle
# Variables:
#   $name (string) - the group or organisation
#   $from (string) - first day
#   $to (string) - last day
#   $participants (number) - participants at the end
#   $active (number) - came at least once
#   $held (number) - meetings held
#   $rate (string) - average attendance, e.g. 80%
#   $volunteers (number) - group leaders and buddies
report-summary = 📊 { $name }, { $from } – { $to }:
    { $participants } katılımcı, { $active } kişi en az bir kez geldi.
    { $held } buluşma yapıldı, ortalama katılım { $rate }.
    { $volunteers } gönüllü (grup sorumluları ve destek arkadaşları).
    Ardından grafik, tek sayfalık PDF ve rakamlar (CSV) gelecek.
report-file-chart = 📈 Her buluşmadaki katılım
report-file-pdf = 📄 Tek sayfada rapor
report-file-csv = 🧾 Elektronik tablo için rakamlar
report-away-weeks = Uzakta geçen haftalar (devamsızlık değil)
