/** A line of text above a PNG, on a band of its own so it covers nothing of the picture. */
export async function markPng(blob: Blob, text: string): Promise<Blob> {
  const picture = await createImageBitmap(blob);
  const band = Math.round(Math.min(64, Math.max(28, picture.width / 30)));
  const canvas = document.createElement('canvas');
  canvas.width = picture.width;
  canvas.height = picture.height + band;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas for the PNG');
  context.fillStyle = '#fff4d6';
  context.fillRect(0, 0, canvas.width, band);
  context.fillStyle = '#ffffff';
  context.fillRect(0, band, canvas.width, picture.height);
  context.fillStyle = '#5c4100';
  context.font = `600 ${Math.round(band * 0.55)}px "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif`;
  context.textBaseline = 'middle';
  context.fillText(text, band * 0.4, band / 2, canvas.width - band * 0.8);
  context.drawImage(picture, 0, band);
  picture.close();
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (result) => (result ? resolve(result) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
