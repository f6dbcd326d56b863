import { formatDate } from 'kommunal/format';
import { type GermanState, isPublicHoliday } from 'kommunal/holidays';

const state: GermanState = 'DE-SN';
const text: string = formatDate('2024-11-20');
const holiday: boolean = isPublicHoliday('2024-11-20', state);
console.log(text, holiday);
