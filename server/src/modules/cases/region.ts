import { registerEnumType } from 'type-graphql';

/** The regions and cities of republican significance of Kazakhstan (2022 division). */
export enum Region {
  ASTANA = 'ASTANA',
  ALMATY_CITY = 'ALMATY_CITY',
  SHYMKENT = 'SHYMKENT',
  ABAI = 'ABAI',
  AKMOLA = 'AKMOLA',
  AKTOBE = 'AKTOBE',
  ALMATY_REGION = 'ALMATY_REGION',
  ATYRAU = 'ATYRAU',
  EAST_KAZAKHSTAN = 'EAST_KAZAKHSTAN',
  ZHAMBYL = 'ZHAMBYL',
  ZHETISU = 'ZHETISU',
  WEST_KAZAKHSTAN = 'WEST_KAZAKHSTAN',
  KARAGANDA = 'KARAGANDA',
  KOSTANAY = 'KOSTANAY',
  KYZYLORDA = 'KYZYLORDA',
  MANGYSTAU = 'MANGYSTAU',
  PAVLODAR = 'PAVLODAR',
  NORTH_KAZAKHSTAN = 'NORTH_KAZAKHSTAN',
  TURKESTAN = 'TURKESTAN',
  ULYTAU = 'ULYTAU',
}
registerEnumType(Region, { name: 'Region' });
