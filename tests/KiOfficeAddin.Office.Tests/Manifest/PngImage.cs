using System.Buffers.Binary;
using System.IO.Compression;

namespace KiOfficeAddin.Office.Tests.Manifest;

/// <summary>A minimal PNG reader (8-bit RGBA or RGB, not interlaced) so icon tests check real pixels, not file names.</summary>
internal sealed record PngImage(int Width, int Height, int ColorType, byte[] Rgba)
{
    public byte Alpha(int x, int y) => Rgba[((y * Width) + x) * 4 + 3];

    public (byte R, byte G, byte B) Colour(int x, int y)
    {
        var i = ((y * Width) + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2]);
    }

    public static PngImage Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);

        int width = 0, height = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var kind = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                colorType = data[9];
                Assert.Equal(0, data[12]);
            }
            else if (kind == "IDAT")
            {
                idat.Write(data);
            }
            offset += length + 12;
        }

        Assert.True(colorType is 2 or 6, $"Unsupported PNG colour type {colorType} in {path}");
        var channels = colorType == 6 ? 4 : 3;
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var pixels = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? pixels[(y * stride) + x - channels] : 0;
                int b = y > 0 ? pixels[((y - 1) * stride) + x] : 0;
                int c = x >= channels && y > 0 ? pixels[((y - 1) * stride) + x - channels] : 0;
                var value = raw[(y * (stride + 1)) + 1 + x];
                pixels[(y * stride) + x] = (byte)(filter switch
                {
                    0 => value,
                    1 => value + a,
                    2 => value + b,
                    3 => value + ((a + b) / 2),
                    4 => value + Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filter}"),
                });
            }
        }

        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            Array.Copy(pixels, i * channels, rgba, i * 4, 3);
            rgba[(i * 4) + 3] = channels == 4 ? pixels[(i * channels) + 3] : (byte)255;
        }
        return new PngImage(width, height, colorType, rgba);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
