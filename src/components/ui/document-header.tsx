/**
 * The header of a printed administrative document (Decree 30/2020/NĐ-CP layout): the issuing
 * body on the left, the national name and motto on the right. Shared by the one-stop forms
 * and the public notice so that both print the same way.
 */
export function DocumentHeader({ upper, lower, left, right }: { upper: string; lower: string; left?: React.ReactNode; right?: React.ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-3 text-center sm:grid-cols-2 print:grid-cols-2">
      <div>
        <p className="uppercase">{upper}</p>
        <p className="font-bold uppercase">{lower}</p>
        {left}
      </div>
      <div>
        <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
        <p className="font-bold underline underline-offset-4">Độc lập - Tự do - Hạnh phúc</p>
        {right}
      </div>
    </div>
  );
}
