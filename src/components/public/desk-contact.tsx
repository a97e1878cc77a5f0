import { Card, DescriptionList } from "@/components/ui/primitives";
import { deskContact, type DeskContactInput } from "@/domain/unit/desk-contact";

/** The desk's address, phone and a map link on a unit page. */
export function DeskContact(props: DeskContactInput) {
  const c = deskContact(props);
  const map = `https://www.openstreetmap.org/search?query=${encodeURIComponent(c.mapQuery)}`;
  return (
    <Card title="Nơi tiếp nhận hồ sơ" className="mb-6">
      <DescriptionList
        items={[
          { term: "Bộ phận", value: c.desk },
          { term: "Địa chỉ", value: c.address },
          { term: "Điện thoại", value: c.telHref ? <a href={c.telHref}>{c.phone}</a> : c.phone },
          {
            term: "Bản đồ",
            value: (
              <a href={map} target="_blank" rel="noopener noreferrer">
                Tìm trên bản đồ
              </a>
            ),
          },
        ]}
      />
    </Card>
  );
}
