# التقويم: أسماء الأعياد والصيام والعطل، والملاحظات المرتبطة بها.

observance-public-holiday = عطلة رسمية
observance-school-holiday = عطلة مدرسية
observance-ramadan = رمضان
observance-eid-al-fitr = عيد الفطر
observance-eid-al-adha = عيد الأضحى
observance-christmas = عيد الميلاد
observance-easter = عيد الفصح
observance-orthodox-christmas = عيد الميلاد الأرثوذكسي
observance-orthodox-easter = عيد الفصح الأرثوذكسي
observance-keti-koti = كيتي كوتي
observance-divali = ديوالي
observance-holi = هولي
observance-chinese-new-year = رأس السنة الصينية
observance-all-saints = عيد جميع القديسين
observance-custom = تاريخ خاص
observance-note-ramadan = 🌙 إنه شهر رمضان: نلتقي كالمعتاد، ولكن بدون وجبة مشتركة.
observance-note-school-holiday = 🏫 إنها العطلة المدرسية، لكننا نلتقي كالعادة.
observance-note-public-holiday = 🎉 إنه يوم عطلة رسمية، لكننا نلتقي كالعادة.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }
