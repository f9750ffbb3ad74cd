gazetteSearch.words("ad",[["added",4],["addition",0],["additional",0],["addressing",3]]);
